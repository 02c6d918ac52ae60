import { AES_GCM, generateDataKey } from '../crypto/aes-gcm.ts';
import { derivePinKey, newPinKdf, unwrapWithPin, wrapWithPin, type PinKdf, type WrappedKey } from '../crypto/pin-key.ts';
import { exportBoxPublicKey, generateBoxKeyPair, importBoxPublicKey } from '../crypto/sealed-box.ts';
import type { TsunaguDb } from './database.ts';
import { withWebLock } from './web-lock.ts';

// The device's keys (docs/security.md, "On the tablet"). The data key encrypts records at rest; the device key
// pair lets the service worker seal what it pulls to the public half while only an unlocked app holds the
// private half. Both are wrapped by a key derived from the PIN; nothing that opens data is ever stored in clear.

export const PIN_MIN_LENGTH = 6;
/** Wrong PINs in a row before local data is wiped (unsent changes are pushed first when online). */
export const WIPE_AFTER_FAILURES = 10;
/** Wrong PINs allowed before each further try waits (FAILURE_DELAYS_S). */
const FREE_FAILURES = 3;
const FAILURE_DELAYS_S = [30, 60, 120, 300, 600, 900];

export type VaultRecord = {
  id: 'device';
  kdf: PinKdf;
  dataKey: WrappedKey;
  privateKey: WrappedKey;
  /** Raw P-256 point: public on purpose, the service worker seals pulled pages to it. */
  publicKey: ArrayBuffer;
  failures: number;
  /** No PIN is tried before this time (ISO), after repeated wrong PINs. */
  retryAfter: string | null;
  createdAt: string;
  pinChangedAt: string;
};

export type DeviceKeys = { dataKey: CryptoKey; privateKey: CryptoKey; publicKey: CryptoKey };

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'wrong-pin'; failures: number; attemptsLeft: number; retryAfter: string | null }
  | { ok: false; reason: 'wait'; retryAfter: string }
  | { ok: false; reason: 'wipe'; failures: number };

const unlocked = new WeakMap<TsunaguDb, DeviceKeys>();
const listeners = new Set<(isUnlocked: boolean) => void>();

const LABEL_DATA_KEY = 'vault:data-key';
const LABEL_PRIVATE_KEY = 'vault:private-key';

export const readVault = (db: TsunaguDb): Promise<VaultRecord | undefined> => db.vault.get('device');
export const hasVault = async (db: TsunaguDb): Promise<boolean> => (await db.vault.count()) > 0;

/** The keys of an unlocked vault in this context (page or dedicated worker); null while locked. */
export const getDeviceKeys = (db: TsunaguDb): DeviceKeys | null => unlocked.get(db) ?? null;
export const isUnlocked = (db: TsunaguDb): boolean => unlocked.has(db);

export function onLockChange(listener: (isUnlocked: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setKeys(db: TsunaguDb, keys: DeviceKeys | null): void {
  if (keys) unlocked.set(db, keys);
  else unlocked.delete(db);
  for (const listener of listeners) listener(keys !== null);
}

/** Hands keys unwrapped elsewhere to this context (a dedicated worker started by an unlocked page). */
export const adoptDeviceKeys = (db: TsunaguDb, keys: DeviceKeys): void => setKeys(db, keys);

/** The public half, for sealing while locked (the service worker); null before a PIN was chosen. */
export async function getDevicePublicKey(db: TsunaguDb): Promise<CryptoKey | null> {
  const vault = await readVault(db);
  return vault ? importBoxPublicKey(vault.publicKey) : null;
}

/** Keys made at a first sign-in before the PIN exists (holdKeysBeforePin), by database; in memory only. */
const beforePin = new WeakMap<TsunaguDb, { dataKey: CryptoKey; pair: CryptoKeyPair }>();

/**
 * At a first sign-in, the device's keys are made at once and held in memory — this context can seal with them,
 * so the first sync runs while the person chooses a PIN (docs/security.md). Nothing that opens them is stored
 * until createVault wraps these same keys under the PIN; a tab closed before that leaves only ciphertext no key
 * opens (discarded at the next start). Not an unlock: the app stays without a vault, nothing is shown.
 */
export async function holdKeysBeforePin(db: TsunaguDb): Promise<void> {
  if (beforePin.has(db) || (await hasVault(db))) return;
  const [dataKey, pair] = await Promise.all([generateDataKey(true), generateBoxKeyPair(true)]);
  beforePin.set(db, { dataKey, pair });
  unlocked.set(db, { dataKey, privateKey: pair.privateKey, publicKey: pair.publicKey });
}

/** Forgets keys held before a PIN that was never chosen (what was sealed under them can no longer be opened). */
export function dropKeysBeforePin(db: TsunaguDb): void {
  if (!beforePin.delete(db)) return;
  unlocked.delete(db);
}

/**
 * First sign-in on this tablet: new keys (or those held since the sign-in, holdKeysBeforePin), wrapped by the
 * chosen PIN; the vault is left unlocked.
 */
export async function createVault(db: TsunaguDb, pin: string, iterations?: number): Promise<void> {
  assertPinShape(pin);
  const kdf = newPinKdf(iterations);
  const held = beforePin.get(db);
  const [pinKey, dataKey, pair] = await Promise.all([
    derivePinKey(pin, kdf), held?.dataKey ?? generateDataKey(true), held?.pair ?? generateBoxKeyPair(true),
  ]);
  const now = new Date().toISOString();
  const record: VaultRecord = {
    id: 'device',
    kdf,
    dataKey: await wrapWithPin(pinKey, dataKey, 'raw', LABEL_DATA_KEY),
    privateKey: await wrapWithPin(pinKey, pair.privateKey, 'pkcs8', LABEL_PRIVATE_KEY),
    publicKey: await exportBoxPublicKey(pair.publicKey),
    failures: 0,
    retryAfter: null,
    createdAt: now,
    pinChangedAt: now,
  };
  await db.vault.put(record);
  beforePin.delete(db);
  setKeys(db, await unwrapAll(pinKey, record));
}

async function unwrapAll(pinKey: CryptoKey, vault: VaultRecord, extractable = false): Promise<DeviceKeys> {
  const [dataKey, privateKey, publicKey] = await Promise.all([
    unwrapWithPin(pinKey, vault.dataKey, LABEL_DATA_KEY, AES_GCM, ['encrypt', 'decrypt'], extractable),
    unwrapWithPin(pinKey, vault.privateKey, LABEL_PRIVATE_KEY, { name: 'ECDH', namedCurve: 'P-256' }, ['deriveBits'], extractable),
    importBoxPublicKey(vault.publicKey),
  ]);
  return { dataKey, privateKey, publicKey };
}

const tries = new WeakMap<TsunaguDb, Promise<unknown>>();

/**
 * One PIN try at a time for this database — across tabs with Web Locks, within a context in order — so tries
 * made at once cannot all read the same failure count and slip past the delays and the wipe limit.
 */
function oneTryAtATime<T>(db: TsunaguDb, attempt: () => Promise<T>): Promise<T> {
  const run = () => withWebLock(`tsunagu-pin-${db.name}`, attempt);
  const next = (tries.get(db) ?? Promise.resolve()).then(run, run);
  tries.set(db, next.catch(() => undefined));
  return next;
}

/** Why no PIN may be tried now (the wipe limit reached, or a delay in force), or null. */
function refusal(vault: VaultRecord, now: Date): UnlockResult | null {
  if (vault.failures >= WIPE_AFTER_FAILURES) return { ok: false, reason: 'wipe', failures: vault.failures };
  if (vault.retryAfter && vault.retryAfter > now.toISOString()) return { ok: false, reason: 'wait', retryAfter: vault.retryAfter };
  return null;
}

/** Tries a PIN. Wrong ones are counted on the device (a reload does not reset them) and slow further tries. */
export function unlockVault(db: TsunaguDb, pin: string, now = new Date()): Promise<UnlockResult> {
  return oneTryAtATime(db, async () => {
    const vault = await readVault(db);
    if (!vault) throw new Error('no PIN has been set on this device');
    const refused = refusal(vault, now);
    if (refused) return refused;
    try {
      const keys = await unwrapAll(await derivePinKey(pin, vault.kdf), vault);
      await db.vault.update('device', { failures: 0, retryAfter: null });
      setKeys(db, keys);
      return { ok: true };
    } catch {
      return recordFailure(db, now);
    }
  });
}

/** Counts a wrong PIN in one transaction that reads the count it increments. */
async function recordFailure(db: TsunaguDb, now: Date): Promise<UnlockResult> {
  const failures = await db.transaction('rw', db.vault, async () => {
    const count = ((await readVault(db))?.failures ?? 0) + 1;
    const delayIndex = count - FREE_FAILURES - 1;
    const delayS = delayIndex >= 0 ? FAILURE_DELAYS_S[Math.min(delayIndex, FAILURE_DELAYS_S.length - 1)]! : 0;
    const retryAfter = delayS > 0 ? new Date(now.getTime() + delayS * 1000).toISOString() : null;
    await db.vault.update('device', { failures: count, retryAfter });
    return { count, retryAfter };
  });
  if (failures.count >= WIPE_AFTER_FAILURES) return { ok: false, reason: 'wipe', failures: failures.count };
  return { ok: false, reason: 'wrong-pin', failures: failures.count, attemptsLeft: WIPE_AFTER_FAILURES - failures.count, retryAfter: failures.retryAfter };
}

/** Forgets the keys in this context; records stay sealed on the device. */
export function lockVault(db: TsunaguDb): void {
  if (unlocked.has(db)) setKeys(db, null);
}

/**
 * A new PIN re-wraps the two device keys under a new salt; no record is re-encrypted. A wrong current PIN counts
 * like a wrong PIN at the lock screen (the same delays and limit): the result says why it was refused.
 */
export async function changePin(db: TsunaguDb, oldPin: string, newPin: string, iterations?: number, now = new Date()): Promise<UnlockResult> {
  assertPinShape(newPin);
  return oneTryAtATime(db, async () => {
    const vault = await readVault(db);
    if (!vault) throw new Error('no PIN has been set on this device');
    const refused = refusal(vault, now);
    if (refused) return refused;
    let keys: DeviceKeys;
    try {
      keys = await unwrapAll(await derivePinKey(oldPin, vault.kdf), vault, true);
    } catch {
      return recordFailure(db, now);
    }
    const kdf = newPinKdf(iterations ?? vault.kdf.iterations);
    const pinKey = await derivePinKey(newPin, kdf);
    await db.vault.update('device', {
      kdf,
      dataKey: await wrapWithPin(pinKey, keys.dataKey, 'raw', LABEL_DATA_KEY),
      privateKey: await wrapWithPin(pinKey, keys.privateKey, 'pkcs8', LABEL_PRIVATE_KEY),
      failures: 0,
      retryAfter: null,
      pinChangedAt: new Date().toISOString(),
    });
    setKeys(db, await unwrapAll(pinKey, (await readVault(db))!));
    return { ok: true };
  });
}

export class PinShapeError extends Error {
  constructor() {
    super(`PIN must be at least ${PIN_MIN_LENGTH} characters`);
    this.name = 'PinShapeError';
  }
}

export function isPinShapeValid(pin: string): boolean {
  const normalized = pin.normalize('NFKC');
  return normalized.length >= PIN_MIN_LENGTH && !/^(\d)\1+$/.test(normalized) && !'01234567890'.includes(normalized) && !'9876543210'.includes(normalized);
}

function assertPinShape(pin: string): void {
  if (!isPinShapeValid(pin)) throw new PinShapeError();
}
