import type { TsunaguDb } from './database.ts';
import { addRefetch } from './refetch-state.ts';

/**
 * Drops a refused change the coordinator chose not to fix. The record still shows it: it is read again from the
 * server at the next sync (src/sync/refetch.ts), marked before the change goes so that a tab closed in between
 * loses nothing.
 */
export async function discardChange(db: TsunaguDb, seq: number): Promise<void> {
  const entry = await db.outbox.get(seq);
  if (!entry) return;
  await addRefetch(db, { collection: entry.collection, id: entry.recordId });
  await db.outbox.delete(seq);
}
