import type { Case } from '../schema/case.ts';
import type { Ciphertext } from '../crypto/aes-gcm.ts';
import { toCaseIndexRow, type CaseIndexRow } from './case-index.ts';
import type { TsunaguDb } from './database.ts';
import { keepOpened, keptOpened, openValue, sealJsonBytes, sealValue } from './sealed-rows.ts';

// Pulled pages kept whole (docs/security.md, "On the tablet"; docs/sync-protocol.md, "First sync"). A first sync
// stores each pulled page of cases as two sealed bodies — the records, and their list and disaster rows — and
// each page of resources as one body of JSON, instead of one row per record: 10,000 cases and 5,000 resources
// are a few dozen rows, not 25,000 (IndexedDB's price is per row; docs/benchmarks.md). These chunks are never
// edited. Every later change to a record — an edit, a change pulled later, a delete — is written as a row of its
// own in `cases`/`caseIndex`/`resources`, and a row of its own always wins over a chunk's copy
// (src/db/layered-records.ts). The only rewrite is a purge: a case that left the user's scope leaves its chunk.

export type ChunkedCollection = 'cases' | 'resources';

/**
 * What is kept of a chunk in clear: its collection, its place in the order pages were stored, its records' ids,
 * and the version of its bodies (new when a purge rewrites them: what is kept opened is known by it).
 */
export type ChunkHeader = { id: string; collection: ChunkedCollection; order: number; ids: string[]; version: string };

/** A part of a chunk: the records (sealed for cases, JSON for the directory), and for cases their index rows. */
export type ChunkBody = { chunkId: string; part: ChunkPart; sealed?: Ciphertext; json?: string };
type ChunkPart = 'records' | 'index';

type Row = Record<string, unknown> & { id: string };
type IndexRow = CaseIndexRow | ReturnType<typeof toCaseIndexRow>;

export const CHUNKED_COLLECTIONS: ReadonlySet<string> = new Set<ChunkedCollection>(['cases', 'resources']);

export const isChunked = (collection: string): collection is ChunkedCollection => CHUNKED_COLLECTIONS.has(collection);

/** A chunk sealed before its transaction; its order is given when it is stored. */
export type PreparedChunk = { header: Omit<ChunkHeader, 'order'>; bodies: ChunkBody[] };

const labelOf = (chunkId: string, part: ChunkPart): string => `chunks:${chunkId}:${part}`;

/**
 * Seals a page's records of one collection as a chunk (outside any transaction: WebCrypto cannot run in one).
 * `pageBytes`, the pulled page as received, is sealed as it is instead of the records serialised again (it holds
 * them; readers take from it only the records the header names).
 */
export async function prepareChunk(
  db: TsunaguDb,
  collection: ChunkedCollection,
  records: readonly Row[],
  pageBytes?: Uint8Array<ArrayBuffer>,
  chunkId: string = crypto.randomUUID(),
): Promise<PreparedChunk> {
  const header = { id: chunkId, collection, ids: records.map((record) => record.id), version: crypto.randomUUID() };
  if (collection === 'resources') return { header, bodies: [{ chunkId, part: 'records', json: JSON.stringify(records) }] };
  // The index rows stay opened in the working set: the case list reads every one of them right after a sync.
  const indexRows = records.map((record) => toCaseIndexRow(record as unknown as Case));
  const [sealed, index] = await Promise.all([
    pageBytes ? sealJsonBytes(db, labelOf(chunkId, 'records'), pageBytes) : sealValue(db, labelOf(chunkId, 'records'), records),
    sealValue(db, labelOf(chunkId, 'index'), indexRows),
  ]);
  keepOpened(db, `${labelOf(chunkId, 'index')}:${header.version}`, indexRows);
  return { header, bodies: [{ chunkId, part: 'records', sealed }, { chunkId, part: 'index', sealed: index }] };
}

/** Inside a transaction over `chunks` and `chunkBodies`: stores a prepared chunk after every chunk already there. */
export async function putChunk(db: TsunaguDb, { header, bodies }: PreparedChunk): Promise<void> {
  const last = await db.chunks.where('[collection+order]').between([header.collection, -Infinity], [header.collection, Infinity]).last();
  await db.chunks.put({ ...header, order: (last?.order ?? 0) + 1 });
  await db.chunkBodies.bulkPut(bodies);
}

/** The chunks of a collection, in the order they were stored (a later copy of a record wins over an earlier one). */
export function listChunkHeaders(db: TsunaguDb, collection: ChunkedCollection): Promise<ChunkHeader[]> {
  return db.chunks.where('[collection+order]').between([collection, -Infinity], [collection, Infinity]).toArray();
}

/** The directory's chunks parsed, by chunk id: they never change, so each is parsed once per context. */
const parsedResources = new Map<string, Row[]>();

/** A records body as sealed: the records, or the pulled page they came in (src/schema/sync-protocol.ts). */
type RecordsBody = Row[] | { changes: { collection: string; record: Row }[] };

/** The records a chunk holds (only those its header names, when the body is a whole pulled page). */
async function openRecords<T>(db: TsunaguDb, header: ChunkHeader): Promise<T[]> {
  if (parsedResources.has(header.id)) return parsedResources.get(header.id) as T[];
  const body = await db.chunkBodies.get([header.id, 'records']);
  if (!body) return [];
  if (body.json !== undefined) {
    const records = JSON.parse(body.json) as Row[];
    parsedResources.set(header.id, records);
    return records as T[];
  }
  // Whole records are opened for each read (the index rows are what stays in memory).
  const opened = await openValue<RecordsBody>(db, labelOf(header.id, 'records'), body.sealed!);
  if (Array.isArray(opened)) return opened as T[];
  const named = new Set(header.ids);
  return opened.changes.flatMap(({ collection, record }) => (collection === header.collection && named.has(record.id) ? [record as T] : []));
}

/**
 * A chunk's index rows, kept opened in the working set by the chunk's version (small, read by every list): once
 * opened, not even read from IndexedDB again (the disaster list of one area reads every chunk's rows).
 */
async function openIndexRows(db: TsunaguDb, header: ChunkHeader): Promise<IndexRow[]> {
  const name = `${labelOf(header.id, 'index')}:${header.version}`;
  const kept = keptOpened<IndexRow[]>(db, name);
  if (kept) return kept;
  const body = await db.chunkBodies.get([header.id, 'index']);
  const rows = body ? await openValue<IndexRow[]>(db, labelOf(header.id, 'index'), body.sealed!) : [];
  keepOpened(db, name, rows);
  return rows;
}

/**
 * The chunks' copies of a collection's records by id, the latest copy of each (whether or not a row of its own
 * overrides it: the caller decides). With `ids`, only the chunks holding one of them are opened.
 */
export async function readChunkRecords<T extends { id: string }>(db: TsunaguDb, collection: ChunkedCollection, ids?: readonly string[]): Promise<Map<string, T>> {
  const wanted = ids ? new Set(ids) : null;
  const headers = (await listChunkHeaders(db, collection)).filter((header) => !wanted || header.ids.some((id) => wanted.has(id)));
  const bodies = await Promise.all(headers.map((header) => openRecords<T>(db, header)));
  const found = new Map<string, T>();
  for (const records of bodies) for (const record of records) if (!wanted || wanted.has(record.id)) found.set(record.id, record);
  return found;
}

/** The list and disaster rows of every case held in chunks, by id (the latest copy of each). */
export async function readChunkIndexRows(db: TsunaguDb): Promise<Map<string, IndexRow>> {
  const headers = await listChunkHeaders(db, 'cases');
  const bodies = await Promise.all(headers.map((header) => openIndexRows(db, header)));
  const rows = new Map<string, IndexRow>();
  for (const body of bodies) for (const row of body) rows.set(row.id, row);
  return rows;
}

/** A chunk rewritten without some cases (or, when none is left, `bodies` empty: removed); `read` is what it held. */
export type ChunkRewrite = { header: ChunkHeader; bodies: ChunkBody[]; read: number };

/**
 * The case chunks holding any of `caseIds`, sealed again without them (outside a transaction): a case that
 * left the user's scope must leave the device, not only be hidden. Applied by applyChunkRewrites.
 */
export async function prepareChunkRemovals(db: TsunaguDb, caseIds: readonly string[]): Promise<ChunkRewrite[]> {
  if (caseIds.length === 0) return [];
  const gone = new Set(caseIds);
  const headers = (await listChunkHeaders(db, 'cases')).filter((header) => header.ids.some((id) => gone.has(id)));
  return Promise.all(headers.map(async (header): Promise<ChunkRewrite> => {
    const ids = header.ids.filter((id) => !gone.has(id));
    if (ids.length === 0) return { header: { ...header, ids }, bodies: [], read: header.ids.length };
    const records = (await openRecords<Row>(db, header)).filter((record) => !gone.has(record.id));
    const rewritten = await prepareChunk(db, 'cases', records, undefined, header.id);
    return { header: { ...header, ids, version: rewritten.header.version }, bodies: rewritten.bodies, read: header.ids.length };
  }));
}

/**
 * Inside a transaction over `chunks` and `chunkBodies`: writes the rewrites if each chunk is still as it was
 * read (false: read again). Nothing else rewrites a chunk, so this fails only when two purges race.
 */
export async function applyChunkRewrites(db: TsunaguDb, rewrites: readonly ChunkRewrite[]): Promise<boolean> {
  for (const { header, bodies, read } of rewrites) {
    const current = await db.chunks.get(header.id);
    if (current?.ids.length !== read) return false;
    if (bodies.length === 0) {
      await db.chunks.delete(header.id);
      await db.chunkBodies.where('[chunkId+part]').between([header.id, ''], [header.id, '\uffff']).delete();
    } else {
      await db.chunks.put(header);
      await db.chunkBodies.bulkPut(bodies);
    }
  }
  return true;
}
