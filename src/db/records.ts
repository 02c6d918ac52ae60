import type { Collection } from '../schema/collections.ts';
import { isChunked } from './chunks.ts';
import type { TsunaguDb } from './database.ts';
import { readRecord } from './layered-records.ts';
import { openMaybe, SENSITIVE_COLLECTIONS, type SealedTable, type StoredRow } from './sealed-rows.ts';

type Row = Record<string, unknown>;

/** Any synced record by collection and id, opened when it holds children's data. */
export async function getRecord(db: TsunaguDb, collection: Collection, id: string): Promise<Row | undefined> {
  if (isChunked(collection)) return readRecord(db, collection, id);
  const stored = await db.table<StoredRow, string>(collection).get(id);
  return SENSITIVE_COLLECTIONS.has(collection) ? openMaybe<Row>(db, collection as SealedTable, stored) : stored;
}
