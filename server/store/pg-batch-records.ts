import type pg from 'pg';
import type { Collection } from '../../src/schema/collections.ts';
import type { StoredRecord } from '../sync/stored-record.ts';
import { reannounceDependents, replaceAccessRows, selectRecords, toKey, upsertRecords, type RecordKey } from './pg-records.ts';
import { hasScopeChanged } from './scope-change.ts';

/**
 * The records one push batch reads and writes, inside its transaction: read once in bulk, planned against in
 * memory (a later mutation of the batch sees an earlier one's write), written in one statement at the end.
 */
export class PgBatchRecords {
  private readonly known = new Map<string, StoredRecord | null>();
  private readonly pending = new Map<string, StoredRecord>();
  private readonly rescoped = new Map<string, StoredRecord>();

  constructor(private readonly client: pg.PoolClient) {}

  /** Reads the given records (missing ones are remembered as missing) in one round trip. */
  async load(keys: readonly RecordKey[]): Promise<void> {
    const wanted = keys.filter((k) => !this.known.has(toKey(k.collection, k.id)));
    for (const record of await selectRecords(this.client, wanted)) this.known.set(toKey(record.collection, record.id), record);
    for (const k of wanted) if (!this.known.has(toKey(k.collection, k.id))) this.known.set(toKey(k.collection, k.id), null);
  }

  async get(collection: Collection, id: string): Promise<StoredRecord | null> {
    const key = toKey(collection, id);
    if (!this.known.has(key)) await this.load([{ collection, id }]);
    return this.known.get(key) ?? null;
  }

  /** Stages a write; answers whether an existing case's scope changed (its dependents must be re-announced). */
  write(record: StoredRecord, previous: StoredRecord | null): boolean {
    const key = toKey(record.collection, record.id);
    this.known.set(key, record);
    this.pending.set(key, record);
    if (record.collection !== 'cases' || (previous && !hasScopeChanged(previous, record))) return false;
    this.rescoped.set(record.id, record);
    return previous !== null;
  }

  /** See reannounceDependents; moved records are read again if the batch touches them later. */
  async reannounce(caseId: string, nextSeq: () => number): Promise<void> {
    await this.flush();
    for (const key of await reannounceDependents(this.client, caseId, nextSeq)) this.known.delete(key);
  }

  async flush(): Promise<void> {
    await upsertRecords(this.client, [...this.pending.values()]);
    await replaceAccessRows(this.client, [...this.rescoped.values()]);
    this.pending.clear();
    this.rescoped.clear();
  }
}
