import type Database from 'better-sqlite3';
import type { Collection } from '../../src/schema/collections.ts';
import { listAccessRows, type AccessRow, type CaseScope } from '../sync/scope.ts';
import { toWireJson, type StoredRecord } from '../sync/stored-record.ts';
import type { Fields } from '../sync/validate.ts';
import { decodeStamps, encodeStamps } from './field-stamps.ts';
import { hasScopeChanged } from './scope-change.ts';

type RecordRow = {
  collection: Collection;
  id: string;
  seq: number;
  deleted: number;
  updated_at: string;
  scope_case: string | null;
  data: string;
  field_revs: string;
};

function fromRow(row: RecordRow): StoredRecord {
  const { id: _id, rev: _rev, deleted: _deleted, updatedAt: _updatedAt, ...data } = JSON.parse(row.data) as Fields;
  return {
    collection: row.collection,
    id: row.id,
    rev: row.seq,
    deleted: row.deleted === 1,
    updatedAt: row.updated_at,
    scopeCase: row.scope_case,
    data,
    stamps: decodeStamps(row.field_revs),
  };
}

/** Reads and writes records; `data` holds the record exactly as pulled, so a pull is one JSON.parse. */
export class SqliteRecords {
  private readonly selectOne: Database.Statement<[string, string], RecordRow>;
  private readonly selectAccess: Database.Statement<[string], AccessRow>;
  private readonly upsert: Database.Statement;
  private readonly update: Database.Statement<[number, number, string, string | null, string, string, string, string]>;
  private readonly clearAccess: Database.Statement<[string]>;
  private readonly insertAccess: Database.Statement;
  private readonly selectMaxSeq: Database.Statement<[], { seq: number }>;
  private readonly selectDependents: Database.Statement<[string], { collection: string; id: string }>;
  private readonly moveSeq: Database.Statement<[number, number, string, string]>;

  constructor(db: Database.Database) {
    this.selectOne = db.prepare('SELECT * FROM records WHERE collection = ? AND id = ?');
    this.selectAccess = db.prepare(
      'SELECT area, kind, valid_from AS "from", valid_until AS until FROM case_access WHERE case_id = ?',
    );
    this.upsert = db.prepare(`
      INSERT INTO records (collection, id, seq, deleted, updated_at, scope_case, scope_code, data, field_revs)
      VALUES (@collection, @id, @seq, @deleted, @updatedAt, @scopeCase, @scopeCode, @data, @fieldRevs)
      ON CONFLICT (collection, id) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted,
        updated_at = excluded.updated_at, scope_case = excluded.scope_case, scope_code = excluded.scope_code,
        data = excluded.data, field_revs = excluded.field_revs`);
    // An existing record keeps its scope_case (a case is its own scope, a visit its case's): leaving the column
    // out of the SET spares the records_scope index a rewrite of the entry on every edit.
    this.update = db.prepare(
      'UPDATE records SET seq = ?, deleted = ?, updated_at = ?, scope_code = ?, data = ?, field_revs = ? WHERE collection = ? AND id = ?',
    );
    this.clearAccess = db.prepare('DELETE FROM case_access WHERE case_id = ?');
    this.insertAccess = db.prepare(
      'INSERT INTO case_access (case_id, area, kind, valid_from, valid_until) VALUES (?, ?, ?, ?, ?)',
    );
    this.selectMaxSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM records');
    this.selectDependents = db.prepare(
      "SELECT collection, id FROM records WHERE scope_case = ? AND collection != 'cases' ORDER BY seq",
    );
    this.moveSeq = db.prepare(
      "UPDATE records SET seq = ?, data = json_set(data, '$.rev', ?) WHERE collection = ? AND id = ?",
    );
  }

  get(collection: Collection, id: string): StoredRecord | null {
    const row = this.selectOne.get(collection, id);
    return row ? fromRow(row) : null;
  }

  /**
   * A case's area and consents, read from its access index rather than the record (a new visit needs nothing
   * more of its case): the index holds the area and each standing consent by area with its dates, which decide
   * access exactly as the record's consents do. Null when there is no such case.
   */
  getCaseScope(id: string): CaseScope | null {
    const rows = this.selectAccess.all(id);
    const own = rows.find((row) => row.kind === 'own');
    if (!own) return null;
    const consents = rows
      .filter((row) => row.kind === 'consent')
      .map((row) => ({ areas: [row.area], date: row.from, expiresAt: row.until, withdrawnAt: null }));
    return { municipalityCode: own.area, consents };
  }

  maxSeq(): number {
    return this.selectMaxSeq.get()!.seq;
  }

  /**
   * Writes a record; a case also refreshes its access index, which the pull query filters on, unless
   * `previous` shows its area and consents unchanged. Answers whether an existing case's scope changed.
   */
  write(record: StoredRecord, previous?: StoredRecord | null): boolean {
    const isCase = record.collection === 'cases';
    const scopeCode = isCase ? String(record.data.municipalityCode) : null;
    const [data, fieldRevs] = [toWireJson(record), encodeStamps(record.stamps)];
    const deleted = record.deleted ? 1 : 0;
    if (previous && previous.scopeCase === record.scopeCase) {
      this.update.run(record.rev, deleted, record.updatedAt, scopeCode, data, fieldRevs, record.collection, record.id);
    } else {
      this.upsert.run({
        collection: record.collection, id: record.id, seq: record.rev, deleted, updatedAt: record.updatedAt,
        scopeCase: record.scopeCase, scopeCode, data, fieldRevs,
      });
    }
    if (!isCase || (previous && !hasScopeChanged(previous, record))) return false;
    this.clearAccess.run(record.id);
    for (const row of listAccessRows(record.data as unknown as CaseScope)) {
      this.insertAccess.run(record.id, row.area, row.kind, row.from, row.until);
    }
    return Boolean(previous);
  }

  /**
   * Gives a case's visits, safety checks and conflicts new sequences, so a user who has just gained the case
   * (a new consent, a move into their area) pulls them too, though they changed before that user's cursor.
   */
  reannounceDependents(caseId: string, nextSeq: () => number): void {
    for (const { collection, id } of this.selectDependents.all(caseId)) {
      const seq = nextSeq();
      this.moveSeq.run(seq, seq, collection, id);
    }
  }
}
