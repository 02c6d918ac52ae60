import type { FieldError } from '../domain/field-errors.ts';
import type { Collection } from '../schema/collections.ts';
import { nextStamp } from './clock.ts';
import type { TsunaguDb } from './database.ts';
import { getDeviceId } from './device-state.ts';
import { ValidationError, writeInTransaction } from './write-record.ts';

/** Thrown by writeRecords when one item does not parse; nothing at all was written. */
export class BulkValidationError extends Error {
  constructor(readonly index: number, readonly errors: FieldError[]) {
    super(`item ${index}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    this.name = 'BulkValidationError';
  }
}

export type BulkItem = { id: string; changes: Record<string, unknown> };

/**
 * Writes many records, each with its outbox mutation, in ONE transaction: all or nothing. Each record goes
 * through writeRecord's own rules (validation, changed fields only, refused changes folded in).
 */
export async function writeRecords(db: TsunaguDb, collection: Collection, items: readonly BulkItem[]): Promise<void> {
  const deviceId = await getDeviceId(db);
  await db.transaction('rw', [db.table(collection), db.caseRows, db.disasterRows, db.outbox], async () => {
    for (const [index, item] of items.entries()) {
      try {
        await writeInTransaction(db, collection, item.id, item.changes, 'upsert', nextStamp(deviceId));
      } catch (caught) {
        if (caught instanceof ValidationError) throw new BulkValidationError(index, caught.errors);
        throw caught;
      }
    }
  });
}
