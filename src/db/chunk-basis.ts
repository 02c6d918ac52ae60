import type { ChunkedCollection, ChunkHeader } from './chunks.ts';
import type { TsunaguDb } from './database.ts';

// Apart from src/db/chunks.ts, which the first screen loads for the list: only a write needs this.

/**
 * What a write based on a chunk's copy of a record depends on: which chunks the collection has, and the
 * version of each holding the record. A purge rewrites a chunk (a new version), a later first-sync page adds
 * one: either way the copy the write started from may be gone or outdated.
 */
export type ChunkBasis = { chunks: string[]; holding: { id: string; version: string }[] };

export function chunkBasisOf(headers: readonly ChunkHeader[], recordId: string): ChunkBasis {
  return {
    chunks: headers.map((header) => header.id),
    holding: headers.filter((header) => header.ids.includes(recordId)).map(({ id, version }) => ({ id, version })),
  };
}

/** Inside a transaction over `chunks`: true while the collection's chunks are as `basis` saw them. */
export async function isChunkBasisCurrent(db: TsunaguDb, collection: ChunkedCollection, basis: ChunkBasis): Promise<boolean> {
  const [chunks, holding] = await Promise.all([
    db.chunks.where('[collection+order]').between([collection, -Infinity], [collection, Infinity]).primaryKeys(),
    db.chunks.bulkGet(basis.holding.map((chunk) => chunk.id)),
  ]);
  return chunks.length === basis.chunks.length && chunks.every((id, i) => id === basis.chunks[i])
    && holding.every((header, i) => header?.version === basis.holding[i]!.version);
}
