import type { FieldStamp } from '../../src/domain/merge.ts';
import { findScopeCaseId } from '../sync/scope.ts';
import type { StoredRecord } from '../sync/stored-record.ts';
import { validateNewRecord } from '../sync/validate.ts';
import type { ImportEntry } from './store.ts';

const IMPORT_AUTHOR = 'データ取込';

/** A full record to store as a server-made change at `seq`; refuses anything its schema refuses. */
export function importRecord(entry: ImportEntry, seq: number, now: Date): StoredRecord {
  const { id, rev: _rev, deleted, updatedAt: _updatedAt, ...fields } = entry.record;
  const validated = validateNewRecord(entry.collection, fields);
  if (!validated.ok) {
    throw new Error(`cannot import ${entry.collection}/${id}: ${validated.error.field}: ${validated.error.message}`);
  }
  const at = `${String(now.getTime()).padStart(13, '0')}:0000:server`;
  const stamp: FieldStamp = { rev: seq, at, by: IMPORT_AUTHOR, mutationId: '' };
  const stamps: Record<string, FieldStamp> = Object.fromEntries(Object.keys(validated.data).map((f) => [f, stamp]));
  if (deleted === true) stamps.deleted = stamp;
  return {
    collection: entry.collection,
    id,
    rev: seq,
    deleted: deleted === true,
    updatedAt: now.toISOString(),
    scopeCase: findScopeCaseId(entry.collection, id, validated.data),
    data: validated.data,
    stamps,
  };
}
