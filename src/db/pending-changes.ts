import type { OutboxEntry, TsunaguDb } from './database.ts';
import { openRows } from './sealed-rows.ts';
import { getRecord } from './records.ts';

// The 同期 page's list of unsent changes with the records they write (apart from src/db/outbox.ts, which the first
// screen loads for its counts: reading records of either layer is not needed there).

/** A change waiting to be sent, with the record it writes (null when that record is gone from this device). */
export type PendingChange = { entry: OutboxEntry; record: Record<string, unknown> | null };

/** Every unsent change, oldest first, with its record, for the 同期 page. */
export async function listPendingChanges(db: TsunaguDb): Promise<PendingChange[]> {
  const entries = await openRows<OutboxEntry>(db, 'outbox', await db.outbox.where('state').equals('pending').sortBy('seq'));
  const records = await Promise.all(entries.map((entry) => getRecord(db, entry.collection, entry.recordId)));
  return entries.map((entry, i) => ({ entry, record: records[i] ?? null }));
}
