import { toPulledPage, type PreparedPage, type PulledPage } from '../db/apply-pulled.ts';
import type { TsunaguDb } from '../db/database.ts';
import { getCursor, getSealKey, saveCursor, saveLastSyncAt, saveSealKey } from '../db/device-state.ts';
import { preparePage, storePulledPage } from '../db/inbox.ts';
import { settlePushed, takePending } from '../db/outbox.ts';
import { toWireMutation, type WireMutation } from '../db/outbox-seal.ts';
import type { PullResponse } from '../schema/sync-protocol.ts';
import type { SyncApi } from './api-client.ts';
import { withRetry } from './retry.ts';

// WARNING: runs in the service worker; keep DOM-free.

export type SyncOptions = {
  db: TsunaguDb;
  api: SyncApi;
  clientId: string;
  pushBatch?: number;
  pullLimit?: number;
  /** First backoff delay of a retried request (withRetry's default when absent; tests shorten it). */
  retryDelayMs?: number;
};

/**
 * Pushes the whole outbox in batches, in order. Returns how many mutations were sent. Children's data goes as
 * sealed to the server's key (the service worker never opens it); a change this context can neither send sealed
 * nor open (locked, before the server's key was known) waits, with everything after it, for an unlocked app.
 */
export async function pushOutbox({ db, api, clientId, pushBatch = 500, retryDelayMs }: SyncOptions): Promise<number> {
  let sent = 0;
  for (;;) {
    const pending = await takePending(db, pushBatch);
    const mutations: WireMutation[] = [];
    for (const entry of pending) {
      const mutation = await toWireMutation(db, entry);
      if (!mutation) break;
      mutations.push(mutation);
    }
    if (mutations.length === 0) return sent;
    const batch = pending.slice(0, mutations.length);
    // A replay after a lost response is safe: the server answers `duplicate` for mutations it already has.
    const { results } = await withRetry(() => api.push({ clientId, mutations }), 3, retryDelayMs);
    await settlePushed(db, batch, results);
    sent += batch.length;
    if (mutations.length < pending.length) return sent;
  }
}

type FetchedPage = { response: PullResponse; page: PulledPage; prepared: Promise<PreparedPage> | undefined };

/**
 * Pulls every change since the saved cursor. The next page is fetched — and, unlocked, rebased and sealed —
 * while the current one is written, and each page's cursor is saved (in its own small database) while the next
 * page is written: it only ever names pages already committed, so a dropped connection resumes instead of
 * starting over.
 */
export async function pullChanges({ db, api, clientId, pullLimit = 2000, retryDelayMs }: SyncOptions): Promise<number> {
  // A pull from the beginning (a first sync) keeps its pages of cases and resources whole (src/db/chunks.ts).
  const whole = (await getCursor(db)) === '';
  const fetchPage = (since: () => Promise<string>): Promise<FetchedPage> =>
    withRetry(() => since().then((cursor) => api.pull(cursor, pullLimit, clientId)), 3, retryDelayMs).then((response) => {
      const page = toPulledPage(response, whole);
      return { response, page, prepared: preparePage(db, page) };
    });
  let received = 0;
  let next = fetchPage(() => getCursor(db));
  let saving: Promise<void> = Promise.resolve();
  try {
    for (;;) {
      const { response, page, prepared } = await next;
      if (response.hasMore) {
        next = fetchPage(async () => response.cursor);
        // Awaited on the next turn; until then a failure (401 mid-pull) must not surface as an unhandled rejection.
        next.catch(() => {});
      }
      // Written (unlocked) or sealed into the inbox (locked, the service worker); scope changes purge: cases this
      // user may no longer see leave the device, with all that hangs on them.
      await storePulledPage(db, page, prepared);
      await saving;
      saving = saveCursor(db, response.cursor);
      // Awaited before the next save and on every exit; until then its failure must not go unhandled.
      saving.catch(() => {});
      received += page.changes.length;
      if (!response.hasMore) return received;
    }
  } finally {
    // Every exit, a failure included, leaves the last committed page's cursor saved.
    await saving;
  }
}

/** Learns the server's sealing key once: from then on the app seals every change to it. */
async function ensureSealKey({ db, api }: SyncOptions): Promise<void> {
  if (await getSealKey(db)) return;
  await saveSealKey(db, await api.sealKey());
}

/** One full sync: push first (so the pull brings back the server's merge of our changes), then pull. */
export async function runSync(options: SyncOptions): Promise<{ pushed: number; pulled: number }> {
  await ensureSealKey(options);
  const pushed = await pushOutbox(options);
  const pulled = await pullChanges(options);
  await saveLastSyncAt(options.db, new Date().toISOString());
  return { pushed, pulled };
}
