import type { Case } from '../schema/case.ts';
import { toCaseIndexRow } from './case-index.ts';
import {
  indexRowsName, labelOf, listChunkHeaders, type ChunkBody, type ChunkedCollection, type ChunkHeader, type Row,
} from './chunks.ts';
import { openRecords } from './chunk-records.ts';
import type { TsunaguDb } from './database.ts';
import { keepOpened, sealJsonBytes, sealValue } from './sealed-rows.ts';

// Writing the pulled pages a first sync keeps whole (src/db/chunks.ts): sealed before their transaction, stored
// in it; and the one rewrite a chunk ever gets, a purge.

/** A chunk sealed before its transaction; its order is given when it is stored. */
export type PreparedChunk = { header: Omit<ChunkHeader, 'order'>; bodies: ChunkBody[] };

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
  keepOpened(db, indexRowsName(header), indexRows);
  return { header, bodies: [{ chunkId, part: 'records', sealed }, { chunkId, part: 'index', sealed: index }] };
}

/** Inside a transaction over `chunks` and `chunkBodies`: stores a prepared chunk after every chunk already there. */
export async function putChunk(db: TsunaguDb, { header, bodies }: PreparedChunk): Promise<void> {
  const last = await db.chunks.where('[collection+order]').between([header.collection, -Infinity], [header.collection, Infinity]).last();
  await db.chunks.put({ ...header, order: (last?.order ?? 0) + 1 });
  await db.chunkBodies.bulkPut(bodies);
}

/**
 * A chunk rewritten without some cases (or, when none is left, `bodies` empty: removed); `read` is how many it
 * held, `removed` the ids taken out.
 */
export type ChunkRewrite = { header: ChunkHeader; bodies: ChunkBody[]; read: number; removed: string[] };

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
    const removed = header.ids.filter((id) => gone.has(id));
    if (ids.length === 0) return { header: { ...header, ids }, bodies: [], read: header.ids.length, removed };
    const records = (await openRecords<Row>(db, header)).filter((record) => !gone.has(record.id));
    const rewritten = await prepareChunk(db, 'cases', records, undefined, header.id);
    return { header: { ...header, ids, version: rewritten.header.version }, bodies: rewritten.bodies, read: header.ids.length, removed };
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
