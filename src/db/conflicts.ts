import type { Conflict } from '../schema/conflict.ts';
import type { TsunaguDb } from './database.ts';

/** Unresolved conflicts, newest first; optionally only those of one record. */
export async function listOpenConflicts(db: TsunaguDb, recordId?: string): Promise<Conflict[]> {
  const all = recordId ? await db.conflicts.where({ recordId }).toArray() : await db.conflicts.toArray();
  return all.filter((c) => !c.deleted && c.resolvedAt === null).sort((a, b) => b.keptAt.localeCompare(a.keptAt));
}
