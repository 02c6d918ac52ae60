import type { OutboxEntry, TsunaguDb } from './database.ts';
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
  const stored = await db.outbox.where('recordId').anyOf([caseId, ...visitIds, ...checkIds]).sortBy('seq');
  return openRows<OutboxEntry>(db, 'outbox', stored);
}
