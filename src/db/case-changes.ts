import type { OutboxEntry, TsunaguDb } from './database.ts';
import { listRecordChanges } from './outbox.ts';
import { openRows } from './sealed-rows.ts';

/**
 * Unsent or refused changes of a case and of what hangs on it (its visits and safety checks), oldest first: the
 * case page shows a refused visit beside the case's own refused changes, not only on 同期.
 */
export async function listCaseChanges(db: TsunaguDb, caseId: string): Promise<OutboxEntry[]> {
  const [visitIds, checkIds] = await Promise.all([
    db.visits.where('caseId').equals(caseId).primaryKeys() as Promise<string[]>,
    db.safetyChecks.where('caseId').equals(caseId).primaryKeys() as Promise<string[]>,
  ]);
  const dependents = [...visitIds, ...checkIds];
  if (dependents.length === 0) return listRecordChanges(db, caseId);
  const stored = await db.outbox.where('recordId').anyOf([caseId, ...dependents]).sortBy('seq');
  return openRows<OutboxEntry>(db, 'outbox', stored);
}
