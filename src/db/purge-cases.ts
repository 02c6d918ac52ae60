import type { TsunaguDb } from './database.ts';
import { deleteCaseIndexRows } from './case-index.ts';

/** What a purge took off the device: the cases it held, and the unsent or refused changes that went with them. */
export type Purged = { cases: number; discarded: number };

/**
 * Deletes cases that left this user's scope, with everything under them: their visits, safety checks, conflicts
 * on any of these, their list and disaster rows (caseIndex) and any outbox entries for them (the server refuses
 * those: the person is told how many went, src/db/device-state.ts notePurged). Not a tombstone: the device must
 * no longer hold the child's data at all. `heldInChunks`: those of `caseIds` a first sync's chunks held (the
 * chunks are rewritten without them by the caller).
 */
export async function purgeCases(db: TsunaguDb, caseIds: readonly string[], heldInChunks: ReadonlySet<string> = new Set()): Promise<Purged> {
  if (caseIds.length === 0) return { cases: 0, discarded: 0 };
  const tables = ['cases', 'caseIndex', 'visits', 'safetyChecks', 'conflicts', 'outbox'] as const;
  return db.transaction('rw', [...tables], async () => {
    const visitIds = (await db.visits.where('caseId').anyOf(caseIds).primaryKeys()) as string[];
    const checkIds = (await db.safetyChecks.where('caseId').anyOf(caseIds).primaryKeys()) as string[];
    const ownRows = await db.cases.bulkGet([...caseIds]);
    const recordIds = [...caseIds, ...visitIds, ...checkIds];
    await deleteCaseIndexRows(db, caseIds);
    const [,,,, discarded] = await Promise.all([
      db.cases.bulkDelete([...caseIds]),
      db.visits.bulkDelete(visitIds),
      db.safetyChecks.bulkDelete(checkIds),
      db.conflicts.where('recordId').anyOf(recordIds).delete(),
      db.outbox.where('recordId').anyOf(recordIds).delete(),
    ]);
    // A removal is named again until the device's cursor passes it (server/store/sqlite-device-holdings.ts):
    // only cases still here count.
    const held = caseIds.filter((id, i) => ownRows[i] !== undefined || heldInChunks.has(id)).length;
    return { cases: held, discarded };
  });
}
