import { isDeepEqual } from '../domain/deep-equal.ts';
import { toFieldErrors, type FieldError } from '../domain/field-errors.ts';
import { newRecordId } from '../domain/record-id.ts';
import type { Case } from '../schema/case.ts';
import { FIELDS_SCHEMAS, type Collection } from '../schema/collections.ts';
import { replaceCaseIndexRows, sealCaseIndexRows } from './case-index.ts';
import { readChunkCopy } from './chunk-records.ts';
import { isChunkBasisCurrent, type ChunkBasis } from './chunk-basis.ts';
import { isChunked } from './chunks.ts';
import { nextStamp } from './clock.ts';
import type { OutboxEntry, StoredOutboxEntry, TsunaguDb } from './database.ts';
import { getDeviceId } from './device-state.ts';
import { sealOutboxEntry } from './outbox-seal.ts';
import { openMaybe, openRows, sealRow, SENSITIVE_COLLECTIONS, type SealedTable, type StoredRow } from './sealed-rows.ts';

/** Thrown when input does not parse; nothing was written. */
export class ValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'ValidationError';
  }
}

type Row = Record<string, unknown> & { id: string; rev: number; deleted: boolean; updatedAt: string };

/**
 * `restore` brings back a record deleted elsewhere (a delete that won a conflict the coordinator resolves the
 * other way): on the wire an upsert based on the tombstone's revision, which the server takes as undeleting it.
 */
export type WriteOp = 'upsert' | 'delete' | 'restore';

/**
 * `asserted`: fields sent and stamped as this write even when their value is the record's already (a person chose
 * it, resolving a conflict), so a different choice made meanwhile on another tablet meets it as a concurrent edit.
 * `deleted` with a delete or a restore: the delete or restore is sent even when the record is so already.
 */
export type WriteOptions = { asserted?: readonly string[] };

/** A write worked out (and sealed) before its transaction, with what it was based on. */
export type WritePlan = {
  collection: Collection;
  id: string;
  /**
   * The stored row and refused changes it was computed from, and with no row of its own the chunks its copy
   * came from: if any changed meanwhile, it is planned again.
   */
  basedOn: { row: string; refused: number[]; chunks?: ChunkBasis };
  row: StoredRow;
  /** The fields this write changes (what the outbox entry carries, refused changes folded in). */
  changed: string[];
  /** A case's list and disaster row (src/db/case-index.ts); none for other collections. */
  indexRows: StoredRow[];
  entry: StoredOutboxEntry;
};

const MAX_ATTEMPTS = 5;

/**
 * Writes a record and its outbox mutation in one transaction: both or neither.
 * Only the fields that really changed travel; a refused earlier change to the same record is folded in,
 * so fixing the record resends it. Children's data is sealed before the transaction (WebCrypto cannot run
 * inside one); if another tab wrote the record meanwhile, the write is worked out again on top of it.
 * Returns the fields written (none when nothing changed).
 */
export async function writeRecord(
  db: TsunaguDb,
  collection: Collection,
  id: string,
  changes: Record<string, unknown>,
  op: WriteOp = 'upsert',
  options: WriteOptions = {},
): Promise<string[]> {
  const stamp = nextStamp(await getDeviceId(db));
  for (let attempt = 1; ; attempt++) {
    const plan = await planWrite(db, collection, id, changes, op, stamp, options);
    if (!plan) return [];
    if (await db.transaction('rw', writeTables(db, collection), () => commitWrite(db, plan))) return plan.changed;
    if (attempt === MAX_ATTEMPTS) throw new Error(`${collection}/${id} kept changing while it was saved`);
  }
}

const isSealed = (collection: Collection): collection is Collection & SealedTable => SENSITIVE_COLLECTIONS.has(collection);

/** The fingerprint of a stored row: its ciphertext's nonce when sealed (new on every write), else its content. */
function fingerprint(row: StoredRow | undefined): string {
  if (!row) return '';
  return row.sealed ? String.fromCharCode(...row.sealed.iv) : JSON.stringify(row);
}

/**
 * Works out a write outside any transaction; null when nothing changes (an asserted field is a change). Throws
 * ValidationError on bad input.
 */
export async function planWrite(
  db: TsunaguDb,
  collection: Collection,
  id: string,
  changes: Record<string, unknown>,
  op: WriteOp,
  stamp: string,
  { asserted = [] }: WriteOptions = {},
): Promise<WritePlan | null> {
  const stored = await db.table<StoredRow, string>(collection).get(id);
  const refusedStored = await db.outbox.where({ recordId: id, state: 'rejected' }).toArray();
  // No row of its own: the record may be in a chunk a first sync kept (its copy is the base; a row of its own
  // appearing meanwhile changes the fingerprint, a purge or a later page changes the chunks, and the write is
  // planned again — a case purged meanwhile must not come back as a row of its own).
  const own = isSealed(collection) ? await openMaybe<Row>(db, collection, stored) : (stored as Row | undefined);
  const copy = !own && isChunked(collection) ? await readChunkCopy<Row>(db, collection, id) : undefined;
  const base = own ?? copy?.record;
  const refused = await openRows<OutboxEntry>(db, 'outbox', refusedStored);

  const merged: Record<string, unknown> = { ...stripMeta(base ?? null), ...changes };
  const parsed = FIELDS_SCHEMAS[collection].safeParse(merged);
  if (op === 'upsert' && !parsed.success) throw new ValidationError(toFieldErrors(parsed.error.issues));
  const next = op === 'upsert' && parsed.success ? (parsed.data as Record<string, unknown>) : merged;

  const fields: Record<string, unknown> = {};
  // A refused change folded in keeps what it asserted.
  const assertedNames = new Set([...refused.flatMap((entry) => entry.asserted ?? []), ...asserted]);
  for (const entry of refused) Object.assign(fields, entry.fields);
  for (const [key, value] of Object.entries(next)) {
    if (!base || !isDeepEqual(base[key], value) || assertedNames.has(key)) fields[key] = value;
  }
  if (op === 'upsert' && Object.keys(fields).length === 0) return null;
  // A restore asserting `deleted` is sent for a live record too: keeping it undeleted is a choice to stamp.
  if (op === 'restore' && !base?.deleted && !assertedNames.has('deleted')) return null;

  const row: Row = {
    ...next,
    id,
    rev: base?.rev ?? 0,
    deleted: op === 'delete' || (op === 'upsert' && (base?.deleted ?? false)),
    updatedAt: new Date().toISOString(),
  };
  const entry: OutboxEntry = {
    id: newRecordId(),
    collection,
    recordId: id,
    baseRev: base ? base.rev : null,
    op: op === 'delete' ? 'delete' : 'upsert',
    fields: op === 'delete' ? {} : fields,
    at: stamp,
    state: 'pending',
  };
  const sentAsserted = op === 'delete' ? [] : Object.keys(fields).filter((key) => assertedNames.has(key));
  // Keeping or undoing a delete asserts `deleted` itself, the value the op carries.
  if (op !== 'upsert' && assertedNames.has('deleted')) sentAsserted.push('deleted');
  if (sentAsserted.length > 0) entry.asserted = sentAsserted;
  const [sealedRow, indexRows, sealedEntry] = await Promise.all([
    isSealed(collection) ? sealRow(db, collection, row) : row,
    collection === 'cases' ? sealCaseIndexRows(db, [row as unknown as Case]) : [],
    sealOutboxEntry(db, entry),
  ]);
  return {
    collection, id,
    basedOn: { row: fingerprint(stored), refused: refusedStored.map((e) => e.seq!), ...(copy && { chunks: copy.basis }) },
    row: sealedRow, changed: Object.keys(entry.fields), indexRows, entry: sealedEntry,
  };
}

/** The tables a write's transaction covers (commitWrite). */
export const writeTables = (db: TsunaguDb, collection: Collection) => [db.table(collection), db.cases, db.caseIndex, db.outbox, db.chunks];

/**
 * Inside a transaction over writeTables: writes a plan if what it was based on is still there. False: something
 * changed; plan again.
 */
export async function commitWrite(db: TsunaguDb, plan: WritePlan): Promise<boolean> {
  const { chunks } = plan.basedOn;
  const [current, refused, chunksCurrent] = await Promise.all([
    db.table<StoredRow, string>(plan.collection).get(plan.id),
    db.outbox.where({ recordId: plan.id, state: 'rejected' }).primaryKeys(),
    chunks && isChunked(plan.collection) ? isChunkBasisCurrent(db, plan.collection, chunks) : true,
  ]);
  if (fingerprint(current) !== plan.basedOn.row || !isDeepEqual(refused, plan.basedOn.refused) || !chunksCurrent) return false;
  await replaceCaseIndexRows(db, plan.indexRows);
  await db.table(plan.collection).put(plan.row);
  await db.outbox.bulkDelete(plan.basedOn.refused);
  await db.outbox.add(plan.entry);
  return true;
}

function stripMeta(row: Row | null): Record<string, unknown> {
  if (!row) return {};
  const { id: _id, rev: _rev, deleted: _deleted, updatedAt: _updatedAt, ...fields } = row;
  return fields;
}
