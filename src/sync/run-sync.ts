import { toPulledPage, type PreparedPage, type PulledPage } from '../db/apply-pulled.ts';
import type { TsunaguDb } from '../db/database.ts';
import { getCursor, getLastSyncAt, getSealKey, saveCursor, saveLastSyncAt, saveSealKey } from '../db/device-state.ts';
import { preparePage, storePulledPage } from '../db/inbox.ts';
import { settlePushed, takePending } from '../db/outbox.ts';
import { toWireMutation, type WireMutation } from '../db/outbox-seal.ts';
import type { PullResponse } from '../schema/sync-protocol.ts';
import type { PullHead } from '../schema/pull-head.ts';
import type { SyncApi } from './api-client.ts';
import { refetchRecords } from './refetch.ts';
import { withRetry } from './retry.ts';

// WARNING: runs in the service worker; keep DOM-free.

/** Records per pulled page (measured for a first sync of 15,000: 2,000 ~1.9 s, 3,000 ~1.70 s, 5,000 ~1.88 s). */
export const PULL_LIMIT = 3000;

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
 * A page asked for: its head (cursor, hasMore) as soon as the server's headers bring it, the page itself, and
 * the page after it, asked for once the head is known (and few enough pages wait to be written).
 */
type PageRequest = { head: Promise<PullHead>; fetched: Promise<FetchedPage>; next: Promise<PageRequest | null>; abandon(): void };

/** Which pages are written: awaited by index, before or after that page is marked (none before page 0). */
class PageMarks {
  private readonly marks = new Map<number, { reached: Promise<void>; mark(): void }>();

  reached(index: number): Promise<void> {
    return index < 0 ? Promise.resolve() : this.entry(index).reached;
  }

  mark(index: number): void {
    this.entry(index).mark();
  }

  private entry(index: number) {
    let entry = this.marks.get(index);
    if (!entry) {
      let mark = () => {};
      const reached = new Promise<void>((resolve) => (mark = resolve));
      entry = { reached, mark: () => mark() };
      this.marks.set(index, entry);
    }
    return entry;
  }
}

/** Pages asked for beyond the one being written (each a few MB, and parsed). */
const PAGES_AHEAD = 2;

/**
 * Pulls every change since the saved cursor. Each next page is asked for as soon as the page before it names
 * its cursor in its headers — the server reads it while earlier pages are compressed, sent, parsed and written
 * — up to PAGES_AHEAD pages beyond the one being written. Unlocked, a page is rebased and sealed while the
 * previous one is written; each page's cursor is saved (in its own small database) while the next page is
 * written: it only ever names pages already committed, so a dropped connection resumes instead of starting over.
 */
export async function pullChanges({ db, api, clientId, pullLimit = PULL_LIMIT, retryDelayMs }: SyncOptions): Promise<number> {
  // Until a first sync has once completed (from the beginning, or resumed after a dropped connection), its pages
  // of cases and resources are kept whole (src/db/chunks.ts).
  const whole = (await getLastSyncAt(db)) === null;
  const written = new PageMarks();
  const request = (index: number, since: () => Promise<string>): PageRequest => {
    let heard: (head: PullHead) => void = () => {};
    let abandoned = false;
    const early = new Promise<PullHead>((resolve) => (heard = resolve));
    const fetched = withRetry(() => since().then((cursor) => api.pull(cursor, pullLimit, clientId, heard)), 3, retryDelayMs).then((response) => {
      const page = toPulledPage(response, whole);
      return { response, page, prepared: abandoned ? undefined : preparePage(db, page) };
    });
    const head = Promise.race([early, fetched.then(({ response }) => ({ cursor: response.cursor, hasMore: response.hasMore }))]);
    // The page after this one, once page `index - PAGES_AHEAD` is written: at most PAGES_AHEAD pages wait.
    const next = Promise.all([head, written.reached(index - PAGES_AHEAD)]).then(([{ cursor, hasMore }]) =>
      hasMore && !abandoned ? request(index + 1, async () => cursor) : null);
    // Awaited later (or never, when a page is abandoned); until then a failure must not go unhandled.
    for (const promise of [fetched, head, next]) promise.catch(() => {});
    const abandon = () => {
      abandoned = true;
      void next.then((successor) => successor?.abandon(), () => {});
    };
    return { head, fetched, next, abandon };
  };
  let received = 0;
  let current = request(0, () => getCursor(db));
  let saving: Promise<void> = Promise.resolve();
  try {
    for (let index = 0; ; index++) {
      const { response, page, prepared } = await current.fetched;
      const head = await current.head;
      let next = current.next;
      // A retry after the head arrived may bring a page that ends elsewhere: the pages asked for after it from
      // the head's cursor are dropped, and the next one asked for again from this page's.
      if (response.cursor !== head.cursor || response.hasMore !== head.hasMore) {
        void next.then((stale) => stale?.abandon(), () => {});
        next = Promise.resolve(response.hasMore ? request(index + 1, async () => response.cursor) : null);
      }
      // Written (unlocked) or sealed into the inbox (locked, the service worker); scope changes purge: cases this
      // user may no longer see leave the device, with all that hangs on them.
      await storePulledPage(db, page, prepared);
      written.mark(index);
      await saving;
      saving = saveCursor(db, response.cursor);
      // Awaited before the next save and on every exit; until then its failure must not go unhandled.
      saving.catch(() => {});
      received += page.changes.length;
      const following = await next;
      if (!following) return received;
      current = following;
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
  // Records whose refused change was discarded become the server's again.
  await refetchRecords(options);
  await saveLastSyncAt(options.db, new Date().toISOString());
  return { pushed, pulled };
}
