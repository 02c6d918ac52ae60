import type { Case } from '../schema/case.ts';
import type { PulledBytes, PulledChange, PullResponse } from '../schema/sync-protocol.ts';
import { SYNCED_TABLES, type OutboxEntry, type TsunaguDb } from './database.ts';
import { replaceCaseIndexRows, sealCaseIndexRows } from './case-index.ts';
import { applyChunkRewrites, prepareChunk, prepareChunkRemovals, putChunk, type ChunkRewrite, type PreparedChunk } from './chunk-writes.ts';
import { CHUNKED_COLLECTIONS, isChunked, type ChunkedCollection } from './chunks.ts';
import { notePurged } from './purge-notice.ts';
import { purgeCases } from './purge-cases.ts';
import { openRows, sealRows, SENSITIVE_COLLECTIONS, type SealedTable, type StoredRow } from './sealed-rows.ts';

type Row = Record<string, unknown> & { id: string };

/**
 * What a pulled page asks of the device: records to store, cases to remove (they left this user's scope).
 * `whole`: part of a pull from the beginning (a first sync), whose cases and resources are kept as chunks —
 * the cases as the page's `bytes` when they came with it (sealed as received, not serialised again).
 */
export type PulledPage = { changes: readonly PulledChange[]; removals: readonly string[]; whole?: boolean } & PulledBytes;

export const toPulledPage = (response: PullResponse & PulledBytes, whole = false): PulledPage => ({
  changes: response.changes,
  removals: (response.removals ?? []).map((removal) => removal.id),
  ...(whole ? { whole, bytes: response.bytes } : {}),
});

const MAX_ATTEMPTS = 5;

/** A pulled page rebased and sealed, ready for its transaction, with the unsent changes it was rebased on. */
export type PreparedPage = { local: Unsettled; writes: SealedPage };

/** Rebases and seals a page outside any transaction (WebCrypto cannot run inside one). */
export async function preparePulledPage(db: TsunaguDb, page: PulledPage): Promise<PreparedPage> {
  const local = await unsettledByRecord(db);
  return { local, writes: await sealPage(db, page, local) };
}

/**
 * Writes one pulled page in a single transaction with bulkPut (and, from the inbox, deletes its sealed copy in
 * the same transaction). A record with local changes not yet accepted by the server is rebased: the server's
 * version underneath, the local edit on top. Rows are sealed before the transaction — `prepared` when the
 * caller started that early (the sync seals the next page while this one is written); a local change made
 * meanwhile (another tab) sends it round again.
 */
export async function applyPulledPage(db: TsunaguDb, page: PulledPage, inboxSeq?: number, prepared?: Promise<PreparedPage>): Promise<void> {
  if (page.changes.length === 0 && page.removals.length === 0 && inboxSeq === undefined) return;
  for (let attempt = 1; ; attempt++) {
    // A page prepared early that failed (the app locked meanwhile, then unlocked) is prepared again.
    const early = attempt === 1 ? await prepared?.catch(() => undefined) : undefined;
    const { local, writes } = early ?? (await preparePulledPage(db, page));
    const tables = [...SYNCED_TABLES, 'caseIndex', 'chunks', 'chunkBodies', 'outbox', 'inbox'];
    const applied = await db.transaction('rw', tables, async () => {
      const outbox = (await db.outbox.toCollection().primaryKeys()) as number[];
      if (outbox.some((seq) => !local.seqs.has(seq))) return false;
      // A chunk holds only records with no row of their own (a row always wins): one written meanwhile replans.
      if (!(await stillWithoutOwnRows(db, writes.chunks))) return false;
      if (!(await applyChunkRewrites(db, writes.removals))) return false;
      await replaceCaseIndexRows(db, writes.indexRows);
      await Promise.all([...writes.tables].map(([name, rows]) => db.table(name).bulkPut(rows)));
      for (const chunk of writes.chunks) await putChunk(db, chunk);
      const purged = await purgeCases(db, page.removals, new Set(writes.removals.flatMap((rewrite) => rewrite.removed)));
      if (inboxSeq !== undefined) await db.inbox.delete(inboxSeq);
      return purged;
    });
    if (applied) {
      // Said after the commit: cases that left the user's scope, and unsent changes that went with them.
      await notePurged(db, applied, new Date().toISOString());
      return;
    }
    if (attempt === MAX_ATTEMPTS) throw new Error('local changes kept arriving while a pulled page was written');
  }
}

type Unsettled = { seqs: Set<number>; byRecord: Map<string, OutboxEntry[]> };

async function unsettledByRecord(db: TsunaguDb): Promise<Unsettled> {
  const byRecord = new Map<string, OutboxEntry[]>();
  const stored = await db.outbox.orderBy('seq').toArray();
  for (const entry of await openRows<OutboxEntry>(db, 'outbox', stored)) {
    const list = byRecord.get(entry.recordId) ?? [];
    list.push(entry);
    byRecord.set(entry.recordId, list);
  }
  return { seqs: new Set(stored.map((row) => row.seq!)), byRecord };
}

type SealedPage = { tables: Map<string, StoredRow[]>; indexRows: StoredRow[]; chunks: PreparedChunk[]; removals: ChunkRewrite[] };

/**
 * Sorts a page's records into rows and, for a page of a first sync, chunks: a case or resource goes into its
 * page's chunk unless it has a row of its own or unsent changes (those are rows, rebased, as on any pull).
 */
async function sealPage(db: TsunaguDb, page: PulledPage, local: Unsettled): Promise<SealedPage> {
  const byTable = new Map<string, Row[]>();
  const toChunk = new Map<string, Row[]>();
  const owned = page.whole ? await ownRowIds(db) : null;
  for (const { collection, record } of page.changes) {
    const entries = local.byRecord.get(record.id);
    const chunked = owned !== null && isChunked(collection) && !entries && !owned.has(record.id);
    const target = chunked ? toChunk : byTable;
    const rows = target.get(collection) ?? [];
    rows.push(rebase(record, entries));
    target.set(collection, rows);
  }
  const cases = (byTable.get('cases') ?? []) as unknown as Case[];
  const tables = new Map<string, StoredRow[]>();
  const [indexRows, chunks, removals] = await Promise.all([
    sealCaseIndexRows(db, cases),
    Promise.all([...toChunk].map(([collection, rows]) => prepareChunk(db, collection as ChunkedCollection, rows, page.bytes))),
    prepareChunkRemovals(db, page.removals),
    ...[...byTable].map(async ([name, rows]) => {
      const sensitive = SENSITIVE_COLLECTIONS.has(name as never);
      tables.set(name, sensitive ? await sealRows(db, name as SealedTable, rows) : rows);
    }),
  ]);
  return { tables, indexRows, chunks, removals };
}

/** Ids of the cases and resources with a row of their own. */
async function ownRowIds(db: TsunaguDb): Promise<Set<string>> {
  const keys = await Promise.all([...CHUNKED_COLLECTIONS].map((name) => db.table(name).toCollection().primaryKeys() as Promise<string[]>));
  return new Set(keys.flat());
}

/** Inside the page's transaction: none of the chunks' records got a row of its own since the page was sealed. */
async function stillWithoutOwnRows(db: TsunaguDb, chunks: readonly PreparedChunk[]): Promise<boolean> {
  if (chunks.length === 0) return true;
  const owned = await ownRowIds(db);
  return chunks.every((chunk) => chunk.header.ids.every((id) => !owned.has(id)));
}

function rebase(record: Row, entries: readonly OutboxEntry[] | undefined): Row {
  if (!entries) return record;
  let rebased: Row = { ...record };
  for (const entry of entries) {
    rebased = entry.op === 'delete' ? { ...rebased, deleted: true } : { ...rebased, ...entry.fields };
  }
  return rebased;
}
