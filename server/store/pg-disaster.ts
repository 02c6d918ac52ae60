import type pg from 'pg';
import type { Case } from '../../src/schema/case.ts';
import type { SafetyCheck } from '../../src/schema/safety-check.ts';
import type { User } from '../../src/schema/session.ts';
import { admitDisasterRead, planDisasterRead, type DisasterReadResult } from '../sync/disaster-read.ts';
import { insertAudits } from './pg-audit.ts';
import { selectRecords } from './pg-records.ts';

/** The widened disaster read on PostgreSQL: admission, cases, checks and audit rows in one transaction. */
export async function readDisasterCases(client: pg.PoolClient, user: User, eventId: string, now: Date): Promise<DisasterReadResult> {
  const [event] = await selectRecords(client, [{ collection: 'disasterEvents', id: eventId }]);
  const admitted = admitDisasterRead(user, event ?? null, now);
  if (admitted.kind !== 'areas') return admitted;
  const cases = await client.query<{ data: Case }>(
    "SELECT data FROM records WHERE collection = 'cases' AND NOT deleted AND scope_code = ANY($1::text[])",
    [admitted.areas],
  );
  const checks = await client.query<{ data: SafetyCheck }>(
    "SELECT data FROM records WHERE collection = 'safetyChecks' AND NOT deleted AND data->>'eventId' = $1",
    [eventId],
  );
  const { response, audits } = planDisasterRead(user, eventId, cases.rows.map((r) => r.data), checks.rows.map((r) => r.data), now);
  await insertAudits(client, user, audits, now);
  return { kind: 'ok', response };
}
