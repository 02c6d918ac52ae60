import type { Ciphertext } from '../crypto/aes-gcm.ts';
import type { CaseIndexRow } from './case-index.ts';
import type { TsunaguDb } from './database.ts';
import { keepOpened, keptOpened, openValue } from './sealed-rows.ts';

// Pulled pages kept whole (docs/security.md, "On the tablet"; docs/sync-protocol.md, "First sync"); read here,
// written by src/db/chunk-writes.ts (kept apart: the case list, on the first screen, only reads). A first sync
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
export type ChunkPart = 'records' | 'index';

export type Row = Record<string, unknown> & { id: string };
/** A case's list and disaster row, or a deleted case's key and flag (src/db/case-index.ts). */
export type IndexRow = CaseIndexRow | { id: string; municipalityCode: string; deleted: true };

export const CHUNKED_COLLECTIONS: ReadonlySet<string> = new Set<ChunkedCollection>(['cases', 'resources']);

export const isChunked = (collection: string): collection is ChunkedCollection => CHUNKED_COLLECTIONS.has(collection);

export const labelOf = (chunkId: string, part: ChunkPart): string => `chunks:${chunkId}:${part}`;

/** Under what name a chunk's index rows are kept opened in the working set. */
export const indexRowsName = (header: Pick<ChunkHeader, 'id' | 'version'>): string => `${labelOf(header.id, 'index')}:${header.version}`;

/** The chunks of a collection, in the order they were stored (a later copy of a record wins over an earlier one). */
export function listChunkHeaders(db: TsunaguDb, collection: ChunkedCollection): Promise<ChunkHeader[]> {
  return db.chunks.where('[collection+order]').between([collection, -Infinity], [collection, Infinity]).toArray();
}

/**
 * A chunk's index rows, kept opened in the working set by the chunk's version (small, read by every list): once
 * opened, not even read from IndexedDB again (the disaster list of one area reads every chunk's rows).
 */
async function openIndexRows(db: TsunaguDb, header: ChunkHeader): Promise<IndexRow[]> {
  const name = indexRowsName(header);
  const kept = keptOpened<IndexRow[]>(db, name);
  if (kept) return kept;
  const body = await db.chunkBodies.get([header.id, 'index']);
  const rows = body ? await openValue<IndexRow[]>(db, labelOf(header.id, 'index'), body.sealed!) : [];
  keepOpened(db, name, rows);
  return rows;
}

/** The list and disaster rows of every case held in chunks, by id (the latest copy of each). */
export async function readChunkIndexRows(db: TsunaguDb): Promise<Map<string, IndexRow>> {
  const headers = await listChunkHeaders(db, 'cases');
  const bodies = await Promise.all(headers.map((header) => openIndexRows(db, header)));
  const rows = new Map<string, IndexRow>();
  for (const body of bodies) for (const row of body) rows.set(row.id, row);
  return rows;
}

/**
 * The case index rows held in chunks that no row of its own overrides: `ownIds` are the ids of every case with
 * a `caseIndex` row (all municipalities: a case that moved is overridden where it was too).
 */
export async function chunkIndexRowsNotOwn<T>(db: TsunaguDb, ownIds: ReadonlySet<string>): Promise<T[]> {
  const rows: T[] = [];
  for (const row of (await readChunkIndexRows(db)).values()) if (!ownIds.has(row.id)) rows.push(row as T);
  return rows;
}
