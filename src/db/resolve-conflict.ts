import type { Collection } from '../schema/collections.ts';
import type { Conflict } from '../schema/conflict.ts';
import { isChunked } from './chunks.ts';
import { listOpenConflicts } from './conflicts.ts';
import type { TsunaguDb } from './database.ts';
import { readRecord } from './layered-records.ts';
import { writeRecord } from './write-record.ts';

/**
 * Resolves a conflict: writes the chosen value to the record and marks the conflict resolved, so every device
 * stops showing it. A delete that won over an edit (field `deleted`) resolved the other way brings the record back;
 * either way the choice is asserted.
 */
export async function resolveConflict(db: TsunaguDb, conflict: Conflict, chosen: unknown, by: string) {
  // A conflict names its record's collection as the server wrote it.
  const collection = conflict.collection as Collection;
  const deleted = await readDeleted(db, collection, conflict.recordId);
  if (deleted !== null && conflict.field === 'deleted') {
    // Asserted even when the record is so already (a delete of the tombstone, a restore of the live record): a
    // different choice made meanwhile on another tablet meets it as a concurrent edit (docs/sync-protocol.md).
    const op = chosen === true ? 'delete' : 'restore';
    await writeRecord(db, collection, conflict.recordId, {}, op, { asserted: ['deleted'] });
  } else if (deleted !== null) {
    // The choice is sent even when the value is the record's already, as a write of its own: another coordinator
    // choosing the other side meanwhile then meets it as a concurrent edit (the later wins, the other is kept as a
    // new conflict) instead of being taken unopposed. Not on a tombstone: an upsert based on it would undelete it.
    const asserted = deleted ? [] : [conflict.field];
    await writeRecord(db, collection, conflict.recordId, { [conflict.field]: chosen }, 'upsert', { asserted });
  }
  await markResolved(db, conflict, by);
}

/**
 * Whether the record is deleted, read from its row or, with none of its own, from the copy a first sync kept in a
 * chunk (a conflict the record lost leaves the record's copy as it was); null when the tablet does not hold it.
 */
async function readDeleted(db: TsunaguDb, collection: Collection, id: string): Promise<boolean | null> {
  // `deleted` is stored in the clear: no need to open the row.
  const own = await db.table<{ deleted?: boolean }, string>(collection).get(id);
  if (own) return own.deleted === true;
  const copy = isChunked(collection) ? await readRecord(db, collection, id) : undefined;
  return copy ? copy.deleted : null;
}

/**
 * Saves a person's edit and resolves the open conflicts on the fields it changed: editing a field in conflict
 * is choosing its value. Returns the fields written.
 */
export async function writeResolvingConflicts(
  db: TsunaguDb,
  collection: Collection,
  id: string,
  changes: Record<string, unknown>,
  by: string,
): Promise<string[]> {
  const changed = await writeRecord(db, collection, id, changes);
  if (changed.length === 0) return changed;
  const edited = new Set(changed);
  for (const conflict of await listOpenConflicts(db, id)) {
    if (conflict.collection === collection && edited.has(conflict.field)) await markResolved(db, conflict, by);
  }
  return changed;
}

function markResolved(db: TsunaguDb, conflict: Conflict, by: string) {
  return writeRecord(db, 'conflicts', conflict.id, { resolvedAt: new Date().toISOString(), resolvedBy: by });
}
