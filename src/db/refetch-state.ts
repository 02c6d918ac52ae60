import { set } from 'idb-keyval';
import * as z from 'zod/mini';
import { kv, read, type Owner } from './device-state.ts';

// Apart from src/db/device-state.ts, which the first screen loads: only a discard and the sync need this.

/** Records whose refused change was discarded: read again from the server (src/sync/refetch.ts). */
export const RefetchSchema = z.array(z.object({ collection: z.string(), id: z.string() }));
export type RefetchEntry = z.infer<typeof RefetchSchema>[number];

/**
 * Records to read again from the server at the next sync (src/sync/refetch.ts): a refused change was discarded,
 * and what the tablet shows must become the server's value again.
 */
export const getRefetch = async (owner: Owner) => (await read(owner, 'refetch', RefetchSchema)) ?? [];

export async function addRefetch(owner: Owner, record: RefetchEntry): Promise<void> {
  const list = await getRefetch(owner);
  if (!list.some((entry) => entry.collection === record.collection && entry.id === record.id)) await set('refetch', [...list, record], kv(owner));
}

/** Forgets these once read (entries added meanwhile stay). */
export async function dropRefetch(owner: Owner, done: readonly RefetchEntry[]): Promise<void> {
  const isDone = (entry: RefetchEntry) => done.some((d) => d.collection === entry.collection && d.id === entry.id);
  await set('refetch', (await getRefetch(owner)).filter((entry) => !isDone(entry)), kv(owner));
}
