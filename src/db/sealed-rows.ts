import { decryptBytes, encryptBytes, type Ciphertext } from '../crypto/aes-gcm.ts';
import { decodeJson, encodeJson } from '../crypto/bytes.ts';
import type { TsunaguDb } from './database.ts';
import type { Collection } from '../schema/collections.ts';
import { getDeviceKeys, type DeviceKeys } from './vault.ts';

// Records at rest (docs/security.md, "On the tablet"): every table holding children's data stores, per row, the
// few fields it is indexed or keyed by in clear and everything else as one AES-GCM ciphertext under the data key,
// its label naming the table and the row (so a ciphertext cannot be moved to another row). All sealing and
// opening happens here, before or after a transaction (WebCrypto is asynchronous; IndexedDB transactions are
// not allowed to wait for it). Opened rows are kept in memory while unlocked: the decrypted working set.

export const SEALED_TABLES = {
  cases: ['id', 'rev', 'deleted', 'updatedAt', 'municipalityCode'],
  visits: ['id', 'rev', 'deleted', 'updatedAt', 'caseId'],
  safetyChecks: ['id', 'rev', 'deleted', 'updatedAt', 'caseId', 'eventId'],
  conflicts: ['id', 'rev', 'deleted', 'updatedAt', 'recordId', 'collection', 'resolvedAt'],
  caseIndex: ['municipalityCode', 'id', 'deleted'],
  disasterCases: ['eventId', 'id', 'municipalityCode'],
  outbox: ['seq', 'id', 'collection', 'recordId', 'baseRev', 'op', 'at', 'state', 'error', 'toServer'],
} as const satisfies Record<string, readonly string[]>;

export type SealedTable = keyof typeof SEALED_TABLES;

/** Collections holding children's data: their records and their outbox entries are sealed on the device. */
export const SENSITIVE_COLLECTIONS: ReadonlySet<Collection> = new Set(['cases', 'visits', 'safetyChecks', 'conflicts']);

type Row = Record<string, unknown>;
/** A row as stored: its clear fields and `sealed`, the rest encrypted. */
export type StoredRow = Row & { sealed?: Ciphertext };

export class VaultLockedError extends Error {
  constructor() {
    super('the app is locked: unlock with the PIN to read or change records');
    this.name = 'VaultLockedError';
  }
}

/** Opened rows (and chunk bodies) by ciphertext, per unlock: a lock drops the keys, and with them this working set. */
const opened = new WeakMap<DeviceKeys, Map<string, unknown>>();

const labelOf = (table: SealedTable, row: Row): string => `${table}:${String(row['id'])}`;

function keysOf(db: TsunaguDb): DeviceKeys {
  const keys = getDeviceKeys(db);
  if (!keys) throw new VaultLockedError();
  return keys;
}

const CLEAR_NAMES = new Map(Object.entries(SEALED_TABLES).map(([table, names]) => [table, new Set<string>(names)]));

// A plain loop: a first sync splits 20,000 rows (Object.entries and Array.includes took ~200 ms of it).
function split(table: SealedTable, row: Row): [Row, Row] {
  const clearNames = CLEAR_NAMES.get(table)!;
  const clear: Row = {};
  const secret: Row = {};
  for (const name in row) {
    const value = row[name];
    if (clearNames.has(name)) clear[name] = value;
    else if (value !== undefined) secret[name] = value;
  }
  return [clear, secret];
}

/**
 * Tables whose rows are kept opened from the moment they are sealed: the case list reads all of them right after a
 * sync writes them (a first sync's 10,000 would otherwise be decrypted again at once). Small rows only.
 */
const OPENED_WHEN_SEALED: ReadonlySet<SealedTable> = new Set(['caseIndex']);

export async function sealRow(db: TsunaguDb, table: SealedTable, row: Row): Promise<StoredRow> {
  const [clear, secret] = split(table, row);
  const keys = keysOf(db);
  const label = labelOf(table, row);
  const sealed = await encryptBytes(keys.dataKey, encodeJson(secret), label);
  if (OPENED_WHEN_SEALED.has(table)) workingSet(keys).set(cacheKey(label, sealed), secret);
  return { ...clear, sealed };
}

export function sealRows(db: TsunaguDb, table: SealedTable, rows: readonly Row[]): Promise<StoredRow[]> {
  return Promise.all(rows.map((row) => sealRow(db, table, row)));
}

/** The row's label with its nonce: a ciphertext copied onto another row never opens from the working set either. */
const cacheKey = (label: string, { iv }: Ciphertext): string => label + String.fromCharCode.apply(null, iv as unknown as number[]);

function workingSet(keys: DeviceKeys): Map<string, unknown> {
  let cache = opened.get(keys);
  if (!cache) opened.set(keys, (cache = new Map()));
  return cache;
}

/** The row with its sealed fields opened; a row stored before encryption (no `sealed`) is returned as it is. */
export async function openRow<T>(db: TsunaguDb, table: SealedTable, stored: StoredRow): Promise<T> {
  const { sealed, ...clear } = stored;
  if (!sealed) return stored as T;
  const keys = keysOf(db);
  const cache = workingSet(keys);
  const label = labelOf(table, clear);
  const name = cacheKey(label, sealed);
  let secret = cache.get(name) as Row | undefined;
  if (!secret) {
    // Promise.resolve: Dexie's live queries keep track of a query across non-Dexie promises only when wrapped.
    secret = decodeJson(await Promise.resolve(decryptBytes(keys.dataKey, sealed, label))) as Row;
    cache.set(name, secret);
  }
  return { ...secret, ...clear } as T;
}

/** openRow for many rows: those already in the working set without a promise each, the rest decrypted in parallel. */
export async function openRows<T>(db: TsunaguDb, table: SealedTable, stored: readonly StoredRow[]): Promise<T[]> {
  // Rows stored before encryption (no `sealed`) read without keys; a sealed one asks for them.
  const keys = stored.some((row) => row.sealed) ? keysOf(db) : null;
  const cache = keys ? workingSet(keys) : undefined;
  const rows = new Array<T>(stored.length);
  const misses: number[] = [];
  stored.forEach((row, i) => {
    const { sealed, ...clear } = row;
    const secret = sealed ? (cache?.get(cacheKey(labelOf(table, clear), sealed)) as Row | undefined) : row;
    if (secret) rows[i] = (sealed ? { ...secret, ...clear } : row) as T;
    else misses.push(i);
  });
  await Promise.all(misses.map(async (i) => (rows[i] = await openRow<T>(db, table, stored[i]!))));
  return rows;
}

/** openRow for a lookup that may find nothing. */
export async function openMaybe<T>(db: TsunaguDb, table: SealedTable, stored: StoredRow | undefined): Promise<T | undefined> {
  return stored ? openRow<T>(db, table, stored) : undefined;
}

/** A whole value sealed under its own label (a pulled page kept whole, src/db/chunks.ts). */
export function sealValue(db: TsunaguDb, label: string, value: unknown): Promise<Ciphertext> {
  return sealJsonBytes(db, label, encodeJson(value));
}

/** A value kept opened in the working set under `name` (dropped with the keys at the next lock). */
export const keepOpened = (db: TsunaguDb, name: string, value: unknown): void => void workingSet(keysOf(db)).set(name, value);

/** What keepOpened kept under `name`, while unlocked; undefined otherwise. Throws while locked. */
export const keptOpened = <T>(db: TsunaguDb, name: string): T | undefined => workingSet(keysOf(db)).get(name) as T | undefined;

/** JSON already encoded (a pulled page as received), sealed like sealValue's. */
export async function sealJsonBytes(db: TsunaguDb, label: string, bytes: Uint8Array<ArrayBuffer>): Promise<Ciphertext> {
  return encryptBytes(keysOf(db).dataKey, bytes, label);
}

/** A value sealed by sealValue (or sealJsonBytes), opened. */
export async function openValue<T>(db: TsunaguDb, label: string, sealed: Ciphertext): Promise<T> {
  // Promise.resolve: Dexie's live queries keep track of a query across non-Dexie promises only when wrapped.
  return decodeJson(await Promise.resolve(decryptBytes(keysOf(db).dataKey, sealed, label))) as T;
}
