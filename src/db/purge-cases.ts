import type { TsunaguDb } from './database.ts';
import { deleteCaseIndexRows } from './case-index.ts';

/**
 * Deletes cases that left this user's scope, with everything under them: their visits, safety checks, conflicts
 * on any of these, their list and disaster rows (caseIndex) and any outbox entries for them (the server would refuse those anyway).
 * Not a tombstone: the device must no longer hold the child's data at all.
 */
export async function purgeCases(db: TsunaguDb, caseIds: readonly string[]): Promise<number> {
  if (caseIds.length === 0) return 0;
  const tables = ['cases', 'caseIndex', 'visits', 'safetyChecks', 'conflicts', 'outbox'] as const;
  return db.transaction('rw', [...tables], async () => {
    const visitIds = (await db.visits.where('caseId').anyOf(caseIds).primaryKeys()) as string[];
    const checkIds = (await db.safetyChecks.where('caseId').anyOf(caseIds).primaryKeys()) as string[];
    const recordIds = [...caseIds, ...visitIds, ...checkIds];
    await deleteCaseIndexRows(db, caseIds);
    await Promise.all([
      db.cases.bulkDelete([...caseIds]),
      db.visits.bulkDelete(visitIds),
      db.safetyChecks.bulkDelete(checkIds),
      db.conflicts.where('recordId').anyOf(recordIds).delete(),
      db.outbox.where('recordId').anyOf(recordIds).delete(),
    ]);
    return caseIds.length;
  });
}
