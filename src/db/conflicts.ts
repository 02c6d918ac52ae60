import type { Conflict } from '../schema/conflict.ts';
import type { TsunaguDb } from './database.ts';
import { openRows } from './sealed-rows.ts';

/** Unresolved conflicts, newest first; optionally only those of one record. */
export async function listOpenConflicts(db: TsunaguDb, recordId?: string): Promise<Conflict[]> {
  const stored = recordId ? await db.conflicts.where({ recordId }).toArray() : await db.conflicts.toArray();
  const open = await openRows<Conflict>(db, 'conflicts', stored.filter((c) => !c.deleted && c.resolvedAt === null));
  return open.sort((a, b) => b.keptAt.localeCompare(a.keptAt));
}
