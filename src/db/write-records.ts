import type { FieldError } from '../domain/field-errors.ts';
import type { Collection } from '../schema/collections.ts';
import { nextStamp } from './clock.ts';
import type { TsunaguDb } from './database.ts';
import { getDeviceId } from './device-state.ts';
import { commitWrite, planWrite, ValidationError, writeTables, type WritePlan } from './write-record.ts';

/** Thrown by writeRecords when one item does not parse; nothing at all was written. */
export class BulkValidationError extends Error {
  constructor(readonly index: number, readonly errors: FieldError[]) {
    super(`item ${index}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    this.name = 'BulkValidationError';
  }
}

/** A record changed between planning the import and writing it: planned again. */
class StaleImport extends Error {}

export type BulkItem = { id: string; changes: Record<string, unknown> };

/**
 * Writes many records, each with its outbox mutation, in ONE transaction: all or nothing. Each record goes
 * through writeRecord's own rules (validation, changed fields only, refused changes folded in).
 */
export async function writeRecords(db: TsunaguDb, collection: Collection, items: readonly BulkItem[]): Promise<void> {
  const deviceId = await getDeviceId(db);
  for (let attempt = 1; ; attempt++) {
    const plans: WritePlan[] = [];
    for (const [index, item] of items.entries()) {
      try {
        const plan = await planWrite(db, collection, item.id, item.changes, 'upsert', nextStamp(deviceId));
        if (plan) plans.push(plan);
      } catch (caught) {
        if (caught instanceof ValidationError) throw new BulkValidationError(index, caught.errors);
        throw caught;
      }
    }
    try {
      await db.transaction('rw', writeTables(db, collection), async () => {
        // Throwing aborts the transaction: records already written in it are rolled back with it.
        for (const plan of plans) if (!(await commitWrite(db, plan))) throw new StaleImport();
      });
      return;
    } catch (caught) {
      if (!(caught instanceof StaleImport) || attempt === 3) throw caught;
    }
  }
}
