import { clearLocalData, getDb } from '../../db/database.ts';
import { getCursor, getDeviceId, isSyncBeforePinMarked, markSyncBeforePin, resetSyncState } from '../../db/device-state.ts';
import { countOutbox } from '../../db/outbox.ts';
import { dropKeysBeforePin, hasVault, holdKeysBeforePin } from '../../db/vault.ts';
import { createSyncApi } from '../../sync/api-client.ts';
import { primeFirstPull } from '../../sync/primed-pull.ts';
import { PULL_LIMIT } from '../../sync/run-sync.ts';
import { readSyncStatus, syncBeforePin } from '../../sync/sync-service.ts';
import { reportSyncStatus } from '../sync/sync-controller.ts';

// A first sign-in's sync runs while the person chooses a PIN: a coordinator takes seconds to choose and type
// one twice, and that is when their children's records arrive. The device's keys are made at the sign-in and
// held in memory (src/db/vault.ts); every page is sealed under them as it is written; the PIN then wraps those
// same keys. Until then nothing is shown, and nothing that opens the records is stored: a tab closed before the
// PIN leaves ciphertext whose key is gone, removed at the next start (docs/security.md, "Before the PIN").

let running: Promise<void> = Promise.resolve();

/** A device ready for a first sync before the PIN: its id. */
export type FreshDevice = { clientId: string };

/**
 * Whether this is a first sign-in on this device (no PIN, nothing pulled or waiting to be sent), read while the
 * server checks the password; null when it is not.
 */
export async function readFreshDevice(): Promise<FreshDevice | null> {
  const db = getDb();
  await discardLeftoverSync();
  const [{ pending, rejected }, vault, cursor, clientId] = await Promise.all([countOutbox(db), hasVault(db), getCursor(db), getDeviceId(db)]);
  return vault || cursor !== '' || pending + rejected > 0 ? null : { clientId };
}

/**
 * At a first sign-in the first sync starts now. `early` is readFreshDevice's answer from before the server
 * answered; a device it found not fresh is read again (the sign-in may have cleared another person's records).
 */
export function startSyncBeforePin(token: string, early: Promise<FreshDevice | null>): void {
  running = run(token, early).catch((error: unknown) => console.error('first sync before the PIN failed', error));
}

async function run(token: string, early: Promise<FreshDevice | null>): Promise<void> {
  const db = getDb();
  const device = (await early.catch(() => null)) ?? (await readFreshDevice());
  if (!device) return;
  // Marks for `npm run bench` (scripts/bench/app-measures.ts): the first sync's start and end.
  performance.mark('tsunagu:first-sync-start');
  // Its first page is asked for at once; it is written only once the mark and the keys are there.
  const api = primeFirstPull(createSyncApi(location.origin, token), device.clientId, PULL_LIMIT);
  await markSyncBeforePin(db, true);
  await holdKeysBeforePin(db);
  reportSyncStatus(await readSyncStatus(db, 'syncing'));
  const status = await syncBeforePin(db, api);
  performance.mark('tsunagu:first-sync-end', { detail: status.state });
  reportSyncStatus(status);
}

/** The PIN is chosen (the vault wraps the keys the sync sealed with): what it stored is the device's now. */
export async function keepSyncBeforePin(): Promise<void> {
  await markSyncBeforePin(getDb(), false);
}

/**
 * No PIN after all: the keys go (the sync stops at its next page, having nothing to seal with), then everything
 * it stored, and the sync position with it.
 */
export async function abandonSyncBeforePin(): Promise<void> {
  const db = getDb();
  dropKeysBeforePin(db);
  await running;
  // Cancelled before the sync had made its keys: they were made after the first drop.
  dropKeysBeforePin(db);
  if (await isSyncBeforePinMarked(db)) await discard();
}

/** A first sync whose PIN never came (the tab was closed) left records no key opens: removed. */
export async function discardLeftoverSync(): Promise<void> {
  const db = getDb();
  if (!(await isSyncBeforePinMarked(db))) return;
  // The PIN was chosen but the mark outlived it (closed in between): the records are the device's.
  if (await hasVault(db)) await markSyncBeforePin(db, false);
  else await discard();
}

async function discard(): Promise<void> {
  const db = getDb();
  await clearLocalData(db);
  await resetSyncState(db);
  await markSyncBeforePin(db, false);
}
