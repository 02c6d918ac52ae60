import { clearLocalData, type TsunaguDb } from '../db/database.ts';
import { forgetSession, resetSyncState } from '../db/device-state.ts';
import type { SyncApi } from './api-client.ts';
import { pushOutbox } from './run-sync.ts';

// WARNING: runs in the service worker; keep DOM-free.

/**
 * The device of a disabled account: one last try to deliver unsent changes (the server refuses a disabled
 * account, so this only succeeds if it was re-enabled meanwhile), then every local record, the outbox, the
 * session and the sync position go. Never throws: the wipe must happen whatever the network does.
 */
export async function wipeDevice(db: TsunaguDb, api: SyncApi, clientId: string): Promise<void> {
  await pushOutbox({ db, api, clientId, retryDelayMs: 0 }).catch(() => undefined);
  await clearLocalData(db);
  await resetSyncState(db);
  await forgetSession(db);
}
