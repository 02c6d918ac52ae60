import type { Collection } from '../schema/collections.ts';
import type { Conflict } from '../schema/conflict.ts';
import { listOpenConflicts } from './conflicts.ts';
import type { TsunaguDb } from './database.ts';
import { writeRecord } from './write-record.ts';

/**
 * Resolves a conflict: writes the chosen value to the record (when it differs from the current one) and marks
 * the conflict resolved, so every device stops showing it. A delete that won over an edit (field `deleted`)
 * resolved the other way brings the record back.
 */
export async function resolveConflict(db: TsunaguDb, conflict: Conflict, chosen: unknown, by: string) {
  // A conflict names its record's collection as the server wrote it.
  const collection = conflict.collection as Collection;
  // The record's existence is all that is asked: no need to open it.
  const record = await db.table<Record<string, unknown>, string>(collection).get(conflict.recordId);
  if (record && conflict.field === 'deleted') {
    if (chosen !== record['deleted']) await writeRecord(db, collection, conflict.recordId, {}, chosen === true ? 'delete' : 'restore');
  } else if (record) {
    await writeRecord(db, collection, conflict.recordId, { [conflict.field]: chosen });
  }
  await markResolved(db, conflict, by);
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
