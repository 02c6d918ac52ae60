import { del, set } from 'idb-keyval';
import * as z from 'zod/mini';
import { kv, read, type Owner } from './device-state.ts';

// Apart from src/db/device-state.ts, which the first screen loads: the sync writes this, the 同期 page reads it.

/**
 * Cases taken off this device because they left the user's scope (a consent withdrawn or ended, the area
 * changed), and how many unsent or refused changes went with them: kept until the person has read it.
 */
export const PurgeNoticeSchema = z.object({ cases: z.int().check(z.minimum(0)), discarded: z.int().check(z.minimum(0)), at: z.string() });
export type PurgeNotice = z.infer<typeof PurgeNoticeSchema>;

/** What purges took off this device since the person last read it (src/db/purge-cases.ts); null when nothing. */
export const getPurgeNotice = async (owner: Owner) => (await read(owner, 'purgeNotice', PurgeNoticeSchema)) ?? null;

/** Adds a purge to the notice (counts add up until it is read). */
export async function notePurged(owner: Owner, purged: { cases: number; discarded: number }, at: string): Promise<void> {
  if (purged.cases === 0 && purged.discarded === 0) return;
  const before = await getPurgeNotice(owner);
  const notice: PurgeNotice = { cases: (before?.cases ?? 0) + purged.cases, discarded: (before?.discarded ?? 0) + purged.discarded, at };
  await set('purgeNotice', notice, kv(owner));
}

export const dismissPurgeNotice = (owner: Owner) => del('purgeNotice', kv(owner));
