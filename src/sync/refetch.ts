import { applyPulledPage } from '../db/apply-pulled.ts';
import { deleteCaseIndexRows } from '../db/case-index.ts';
import type { TsunaguDb } from '../db/database.ts';
import { dropRefetch, getRefetch } from '../db/refetch-state.ts';
import { COLLECTIONS, type Collection } from '../schema/collections.ts';
import type { RefetchEntry } from '../db/refetch-state.ts';
import { MAX_RECORDS_READ } from '../schema/records-read.ts';
import type { SyncApi } from './api-client.ts';

// WARNING: runs in the service worker; keep DOM-free.

const isCollection = (name: string): name is Collection => (COLLECTIONS as readonly string[]).includes(name);

/**
 * Reads again, as the server has them now, the records whose refused change was discarded (src/db/outbox.ts):
 * each is written as a pulled record is (any other unsent change of it stays on top). One the server does not
 * have, or this user may no longer see, goes from the device unless a change of it still waits to be sent (a
 * refused new record, discarded). Returns how many were read.
 */
export async function refetchRecords({ db, api }: { db: TsunaguDb; api: SyncApi }): Promise<number> {
  const wanted = await getRefetch(db);
  let read = 0;
  for (const collection of new Set(wanted.map((entry) => entry.collection))) {
    const ids = wanted.filter((entry) => entry.collection === collection).map((entry) => entry.id);
    for (let at = 0; at < ids.length; at += MAX_RECORDS_READ) {
      const batch = ids.slice(at, at + MAX_RECORDS_READ);
      const done: RefetchEntry[] = batch.map((id) => ({ collection, id }));
      if (!isCollection(collection)) {
        await dropRefetch(db, done);
        continue;
      }
      const { changes, missing } = await api.records(collection, batch);
      await applyPulledPage(db, { changes, removals: [] });
      await removeUnsentLocalOnly(db, collection, missing);
      await dropRefetch(db, done);
      read += changes.length;
    }
  }
  return read;
}

/** Own rows of records the server does not give, unless a change of them still waits in the outbox. */
async function removeUnsentLocalOnly(db: TsunaguDb, collection: Collection, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.transaction('rw', [db.table(collection), db.caseIndex, db.cases, db.outbox], async () => {
    const waiting = new Set((await db.outbox.where('recordId').anyOf([...ids]).toArray()).map((entry) => entry.recordId));
    const gone = ids.filter((id) => !waiting.has(id));
    if (collection === 'cases') await deleteCaseIndexRows(db, gone);
    await db.table(collection).bulkDelete(gone);
  });
}
