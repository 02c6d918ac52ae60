import type { TsunaguDb } from '../db/database.ts';
import { forgetSession, getDeviceId, getLastSyncAt, getSession } from '../db/device-state.ts';
import { getPurgeNotice } from '../db/purge-notice.ts';
import { countOutbox } from '../db/outbox.ts';
import { getDeviceKeys, hasVault } from '../db/vault.ts';
import { withWebLock } from '../db/web-lock.ts';
import type { SyncStatus } from '../schema/messages.ts';
import { createSyncApi, SyncHttpError, type SyncApi } from './api-client.ts';
import { syncErrorText } from './classify-sync-error.ts';
import { wipeDevice } from './remote-wipe.ts';
import { runSync } from './run-sync.ts';
import { createSessionTokens } from './session-tokens.ts';

// WARNING: runs in the service worker (and in the page before one controls it); keep DOM-free.

export const SYNC_LOCK = 'tsunagu-sync';

export async function readSyncStatus(
  db: TsunaguDb,
  state: SyncStatus['state'] = 'idle',
  lastError: string | null = null,
): Promise<SyncStatus> {
  const [{ pending, rejected }, lastSuccessAt, purged] = await Promise.all([countOutbox(db), getLastSyncAt(db), getPurgeNotice(db)]);
  return { state, lastSuccessAt, lastError, pending, rejected, purged };
}

/** Runs one sync for the signed-in user and reports the outcome; never throws. */
export async function syncNow(db: TsunaguDb, baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<SyncStatus> {
  // One sync at a time across tabs and the service worker.
  return withWebLock(SYNC_LOCK, async () => {
    const session = await getSession(db);
    if (!session) return readSyncStatus(db, 'signed-out');
    // Nothing is pulled onto a tablet without a PIN (and no keys held since the sign-in): nothing to seal it with.
    if (!(await hasVault(db))) return readSyncStatus(db, 'needs-pin');
    // The access token lives 15 minutes; an expired one is refreshed transparently (api-client.ts).
    return syncWith(db, createSyncApi(baseUrl, createSessionTokens(db, session, baseUrl, fetchImpl), fetchImpl));
  });
}

/**
 * The first sync of a sign-in whose PIN is being chosen: the session is not saved yet (`api` uses its bare
 * token, never refreshed or stored) and the keys are those held since the sign-in (holdKeysBeforePin).
 */
export async function syncBeforePin(db: TsunaguDb, api: SyncApi): Promise<SyncStatus> {
  return withWebLock(SYNC_LOCK, async () => {
    if (!getDeviceKeys(db)) return readSyncStatus(db, 'needs-pin');
    return syncWith(db, api, false);
  });
}

/** One sync with this API; a 401 forgets the saved session when `hasSavedSession`. Never throws. */
async function syncWith(db: TsunaguDb, api: SyncApi, hasSavedSession = true): Promise<SyncStatus> {
  const clientId = await getDeviceId(db);
  try {
    await runSync({ db, api, clientId });
    return readSyncStatus(db, 'idle');
  } catch (error) {
    if (error instanceof SyncHttpError && error.code === 'account_disabled') {
      // Remote wipe: the account was disabled (a lost tablet, someone who left). Nothing stays on the device.
      await wipeDevice(db, api, clientId);
      return readSyncStatus(db, 'wiped', error.message);
    }
    if (error instanceof SyncHttpError && error.status === 401) {
      // The sign-in ended or was revoked: unsent changes stay in the outbox until the next sign-in.
      if (hasSavedSession) await forgetSession(db);
      return readSyncStatus(db, 'signed-out', error.message);
    }
    return readSyncStatus(db, 'error', syncErrorText(error));
  }
}
