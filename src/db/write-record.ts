import { isDeepEqual } from '../domain/deep-equal.ts';
import { toFieldErrors, type FieldError } from '../domain/field-errors.ts';
import type { Case } from '../schema/case.ts';
import { FIELDS_SCHEMAS, type Collection } from '../schema/collections.ts';
import { toCaseRow } from './case-rows.ts';
import { putDisasterRows } from './disaster-rows.ts';
import { nextStamp } from './clock.ts';
import type { OutboxEntry, TsunaguDb } from './database.ts';
import { getDeviceId } from './device-state.ts';

/** Thrown when input does not parse; nothing was written. */
export class ValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'ValidationError';
  }
}

type Row = Record<string, unknown> & { id: string; rev: number; deleted: boolean; updatedAt: string };

/**
 * Writes a record and its outbox mutation in one transaction: both or neither.
 * Only the fields that really changed travel; a refused earlier change to the same record is folded in,
 * so fixing the record resends it.
 */
export async function writeRecord(
  db: TsunaguDb,
  collection: Collection,
  id: string,
  changes: Record<string, unknown>,
  op: 'upsert' | 'delete' = 'upsert',
): Promise<void> {
  const stamp = nextStamp(await getDeviceId(db));
  await db.transaction('rw', [db.table(collection), db.caseRows, db.disasterRows, db.outbox], () =>
    writeInTransaction(db, collection, id, changes, op, stamp),
  );
}

/**
 * The body of writeRecord, for callers already inside a transaction over `collection`, `caseRows`,
 * `disasterRows` and `outbox` (the bulk import): the same validation, diffing and outbox rules, record by record.
 */
export async function writeInTransaction(
  db: TsunaguDb,
  collection: Collection,
  id: string,
  changes: Record<string, unknown>,
  op: 'upsert' | 'delete',
  stamp: string,
): Promise<void> {
  const schema = FIELDS_SCHEMAS[collection];
  const table = db.table<Row, string>(collection);
  const current = await table.get(id);
  const refused = await db.outbox.where({ recordId: id, state: 'rejected' }).toArray();
  const base = current ?? null;
  const merged: Record<string, unknown> = { ...stripMeta(base), ...changes };
  const parsed = schema.safeParse(merged);
  if (op === 'upsert' && !parsed.success) throw new ValidationError(toFieldErrors(parsed.error.issues));
  const next = op === 'upsert' && parsed.success ? (parsed.data as Record<string, unknown>) : merged;

  const fields: Record<string, unknown> = {};
  for (const entry of refused) Object.assign(fields, entry.fields);
  for (const [key, value] of Object.entries(next)) {
    if (!base || !isDeepEqual(base[key], value)) fields[key] = value;
  }
  if (op === 'upsert' && Object.keys(fields).length === 0) return;

  const row: Row = {
    ...next,
    id,
    rev: base?.rev ?? 0,
    deleted: op === 'delete' || (base?.deleted ?? false),
    updatedAt: new Date().toISOString(),
  };
  await table.put(row);
  if (collection === 'cases') {
    await db.caseRows.put(toCaseRow(row as unknown as Case));
    await putDisasterRows(db, [row as unknown as Case]);
  }
  await db.outbox.bulkDelete(refused.map((entry) => entry.seq!));
  const entry: OutboxEntry = {
    id: crypto.randomUUID(),
    collection,
    recordId: id,
    baseRev: base ? base.rev : null,
    op,
    fields: op === 'delete' ? {} : fields,
    at: stamp,
    state: 'pending',
  };
  await db.outbox.add(entry);
}

function stripMeta(row: Row | null): Record<string, unknown> {
  if (!row) return {};
  const { id: _id, rev: _rev, deleted: _deleted, updatedAt: _updatedAt, ...fields } = row;
  return fields;
}
