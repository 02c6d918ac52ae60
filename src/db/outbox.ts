import type { PushResult } from '../schema/sync-protocol.ts';
import type { OutboxEntry, StoredOutboxEntry, TsunaguDb } from './database.ts';
import { openRows } from './sealed-rows.ts';

const openAll = (db: TsunaguDb, stored: readonly StoredOutboxEntry[]) => openRows<OutboxEntry>(db, 'outbox', stored);

/** The oldest unsent mutations, in the order they were made, as stored (the push sends them without opening). */
export async function takePending(db: TsunaguDb, limit: number): Promise<StoredOutboxEntry[]> {
  return db.outbox.where('state').equals('pending').limit(limit).sortBy('seq');
}

/**
 * Settles pushed mutations by the server's answers. Accepted ones leave the outbox (the next pull brings the
 * server's version); refused ones stay, with the reason, for a person to fix.
 */
export async function settlePushed(db: TsunaguDb, sent: readonly StoredOutboxEntry[], results: readonly PushResult[]) {
  const byId = new Map(results.map((result) => [result.id, result]));
  await db.transaction('rw', db.outbox, async () => {
    for (const entry of sent) {
      const result = byId.get(entry.id);
      if (!result) continue;
      if (result.status === 'rejected') {
        await db.outbox.update(entry.seq!, {
          state: 'rejected',
          error: result.error ?? { code: 'rejected', message: 'サーバーが変更を受け付けませんでした' },
        });
      } else {
        await db.outbox.delete(entry.seq!);
      }
    }
  });
}

export async function countOutbox(db: TsunaguDb): Promise<{ pending: number; rejected: number }> {
  const [pending, rejected] = await Promise.all([
    db.outbox.where('state').equals('pending').count(),
    db.outbox.where('state').equals('rejected').count(),
  ]);
  return { pending, rejected };
}

/** Unsent or refused changes of one record, oldest first. */
export const listRecordChanges = async (db: TsunaguDb, recordId: string): Promise<OutboxEntry[]> =>
  openAll(db, await db.outbox.where({ recordId }).sortBy('seq'));

export const listRejected = async (db: TsunaguDb): Promise<OutboxEntry[]> =>
  openAll(db, await db.outbox.where('state').equals('rejected').sortBy('seq'));

/** Ids of records with a change not yet sent: the view marks them 未送信. */
export async function listPendingRecordIds(db: TsunaguDb): Promise<Set<string>> {
  const pending = await db.outbox.where('state').equals('pending').toArray();
  return new Set(pending.map((entry) => entry.recordId));
}
