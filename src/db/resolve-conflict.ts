import type { Conflict } from '../schema/conflict.ts';
import type { TsunaguDb } from './database.ts';
import { writeRecord } from './write-record.ts';

/**
 * Resolves a conflict: writes the chosen value to the record (when it differs from the current one) and marks
 * the conflict resolved, so every device stops showing it.
 */
export async function resolveConflict(db: TsunaguDb, conflict: Conflict, chosen: unknown, by: string) {
  // The record's existence is all that is asked: no need to open it.
  const record = await db.table<Record<string, unknown>, string>(conflict.collection).get(conflict.recordId);
  if (record && conflict.field !== 'deleted') {
    await writeRecord(db, conflict.collection as Conflict['collection'] & 'cases', conflict.recordId, {
      [conflict.field]: chosen,
    });
  }
  await writeRecord(db, 'conflicts', conflict.id, { resolvedAt: new Date().toISOString(), resolvedBy: by });
}
