import type { Case } from '../schema/case.ts';
import type { Resource } from '../schema/resource.ts';
import { readChunkRecords } from './chunk-records.ts';
import { listChunkHeaders, type ChunkedCollection } from './chunks.ts';
import type { TsunaguDb } from './database.ts';
import { openRows, type StoredRow } from './sealed-rows.ts';

// Cases and resources live in two layers: rows of their own (`cases`, `resources`, and each case's `caseIndex`
// row) and the pulled pages a first sync kept whole (src/db/chunks.ts). A row of its own is always newer than a
// chunk's copy — chunks are written only when no row of that record exists, and every later change is a row —
// so it wins. Read cases and resources through here, never from one layer alone.

type RecordOf<C extends ChunkedCollection> = C extends 'cases' ? Case : Resource;

async function openOwnRows<C extends ChunkedCollection>(db: TsunaguDb, collection: C, stored: readonly StoredRow[]): Promise<RecordOf<C>[]> {
  return collection === 'cases' ? (openRows<Case>(db, 'cases', stored) as Promise<RecordOf<C>[]>) : (stored as unknown as RecordOf<C>[]);
}

/** One record (deleted ones included: a tombstone is a record), or undefined. */
export async function readRecord<C extends ChunkedCollection>(db: TsunaguDb, collection: C, id: string): Promise<RecordOf<C> | undefined> {
  const stored = await db.table<StoredRow, string>(collection).get(id);
  if (stored) return (await openOwnRows(db, collection, [stored]))[0];
  return (await readChunkRecords<RecordOf<C>>(db, collection, [id])).get(id);
}

/** These records by id (deleted ones included), those that exist. */
export async function readRecords<C extends ChunkedCollection>(db: TsunaguDb, collection: C, ids: readonly string[]): Promise<Map<string, RecordOf<C>>> {
  const stored = (await db.table<StoredRow, string>(collection).bulkGet([...ids])).filter((row) => row !== undefined);
  const found = new Map((await openOwnRows(db, collection, stored)).map((record) => [record.id, record]));
  const rest = ids.filter((id) => !found.has(id));
  if (rest.length > 0) for (const [id, record] of await readChunkRecords<RecordOf<C>>(db, collection, rest)) found.set(id, record);
  return found;
}

/** Every record of the collection, deleted ones included (filter `deleted` for the live ones). */
export async function readAllRecords<C extends ChunkedCollection>(db: TsunaguDb, collection: C): Promise<RecordOf<C>[]> {
  const [stored, chunked] = await Promise.all([
    db.table<StoredRow, string>(collection).toArray(),
    readChunkRecords<RecordOf<C>>(db, collection),
  ]);
  const own = await openOwnRows(db, collection, stored);
  for (const record of own) chunked.delete(record.id);
  return [...own, ...chunked.values()];
}

/** Every live record of the collection. */
export async function readLiveRecords<C extends ChunkedCollection>(db: TsunaguDb, collection: C): Promise<RecordOf<C>[]> {
  return (await readAllRecords(db, collection)).filter((record) => !record.deleted);
}

/** How many records the collection holds in both layers (deleted ones included). */
export async function countRecords(db: TsunaguDb, collection: ChunkedCollection): Promise<number> {
  const [own, chunked] = await Promise.all([
    db.table(collection).toCollection().primaryKeys() as Promise<string[]>,
    listChunkHeaders(db, collection),
  ]);
  const ids = new Set(own);
  for (const header of chunked) for (const id of header.ids) ids.add(id);
  return ids.size;
}
