import { chunkBasisOf, type ChunkBasis } from './chunk-basis.ts';
import { labelOf, listChunkHeaders, type ChunkedCollection, type ChunkHeader, type Row } from './chunks.ts';
import type { TsunaguDb } from './database.ts';
import { openValue } from './sealed-rows.ts';

// The records a first sync's chunks hold (src/db/chunks.ts), opened. Whole records are opened for each read (the
// index rows are what stays in memory); the directory's chunks, never edited, are parsed once per context.

/** The directory's chunks parsed, by chunk id: they never change, so each is parsed once per context. */
const parsedResources = new Map<string, Row[]>();

/** A records body as sealed: the records, or the pulled page they came in (src/schema/sync-protocol.ts). */
type RecordsBody = Row[] | { changes: { collection: string; record: Row }[] };

/** The records a chunk holds (only those its header names, when the body is a whole pulled page). */
export async function openRecords<T>(db: TsunaguDb, header: ChunkHeader): Promise<T[]> {
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
 * The chunks' copies of a collection's records by id, the latest copy of each (whether or not a row of its own
 * overrides it: the caller decides). With `ids`, only the chunks holding one of them are opened.
 */
export async function readChunkRecords<T extends { id: string }>(db: TsunaguDb, collection: ChunkedCollection, ids?: readonly string[]): Promise<Map<string, T>> {
  return latestCopies<T>(db, await listChunkHeaders(db, collection), ids ? new Set(ids) : null);
}

/** The chunks' latest copy of one record (if any), and what a write based on it depends on. */
export async function readChunkCopy<T extends { id: string }>(db: TsunaguDb, collection: ChunkedCollection, id: string): Promise<{ record: T | undefined; basis: ChunkBasis }> {
  const headers = await listChunkHeaders(db, collection);
  return { record: (await latestCopies<T>(db, headers, new Set([id]))).get(id), basis: chunkBasisOf(headers, id) };
}

/** Of these chunks (in their order), the latest copy of each record, of those `wanted` (null: all). */
async function latestCopies<T extends { id: string }>(db: TsunaguDb, headers: readonly ChunkHeader[], wanted: ReadonlySet<string> | null): Promise<Map<string, T>> {
  const holding = headers.filter((header) => !wanted || header.ids.some((id) => wanted.has(id)));
  const bodies = await Promise.all(holding.map((header) => openRecords<T>(db, header)));
  const found = new Map<string, T>();
  for (const records of bodies) for (const record of records) if (!wanted || wanted.has(record.id)) found.set(record.id, record);
  return found;
}
