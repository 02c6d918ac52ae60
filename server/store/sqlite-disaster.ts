import type Database from 'better-sqlite3';
import type { Case } from '../../src/schema/case.ts';
import type { SafetyCheck } from '../../src/schema/safety-check.ts';
import type { User } from '../../src/schema/session.ts';
import { admitDisasterRead, planDisasterRead, type DisasterReadResult } from '../sync/disaster-read.ts';
import type { SqliteRecords } from './sqlite-records.ts';

type Audit = (at: string, userId: string, action: string, collection: string, recordId: string, detail: string) => void;

/** The widened disaster read on SQLite: admission, cases, checks and audit rows in one transaction. */
export class SqliteDisaster {
  private readonly cases: Database.Statement<[string], { data: string }>;
  private readonly checks: Database.Statement<[string], { data: string }>;

  constructor(private readonly db: Database.Database, private readonly records: SqliteRecords, private readonly audit: Audit) {
    this.cases = db.prepare(`SELECT data FROM records WHERE collection = 'cases' AND deleted = 0
      AND scope_code IN (SELECT value FROM json_each(?))`);
    this.checks = db.prepare(`SELECT data FROM records WHERE collection = 'safetyChecks' AND deleted = 0
      AND json_extract(data, '$.eventId') = ?`);
  }

  read(user: User, eventId: string, now: Date): DisasterReadResult {
    return this.db.transaction((): DisasterReadResult => {
      const admitted = admitDisasterRead(user, this.records.get('disasterEvents', eventId), now);
      if (admitted.kind !== 'areas') return admitted;
      const cases = this.cases.all(JSON.stringify(admitted.areas)).map((row) => JSON.parse(row.data) as Case);
      const checks = this.checks.all(eventId).map((row) => JSON.parse(row.data) as SafetyCheck);
      const { response, audits } = planDisasterRead(user, eventId, cases, checks, now);
      const at = now.toISOString();
      for (const entry of audits) this.audit(at, user.id, entry.action, entry.collection, entry.recordId, entry.detail);
      return { kind: 'ok', response };
    }).immediate();
  }
}
