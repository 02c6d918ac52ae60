import { clearLocalData, getDb } from '../../db/database.ts';
import { resetSyncState } from '../../db/device-state.ts';
import { countOutbox } from '../../db/outbox.ts';

// Who last used this device, kept outside the session: the session is forgotten at sign-out and on an
// expired token, but the next sign-in must still know whose records are on the tablet.
const LAST_USER_KEY = 'tsunagu:lastUserId';

function readLastUserId(): string | null {
  try {
    return localStorage.getItem(LAST_USER_KEY);
  } catch {
    return null;
  }
}

export function rememberUser(userId: string): void {
  try {
    localStorage.setItem(LAST_USER_KEY, userId);
  } catch {
    // Without storage the next sign-in treats the device as unknown and keeps unsent changes.
  }
}

/**
 * Makes the device ready for `userId`. Another person's records are wiped first — unless they have unsent or
 * refused changes, which are never dropped: then this returns false and the sign-in must stop.
 */
export async function prepareDeviceFor(userId: string): Promise<boolean> {
  const lastUserId = readLastUserId();
  if (lastUserId === userId) return true;
  const db = getDb();
  const { pending, rejected } = await countOutbox(db);
  if (pending + rejected > 0) return lastUserId === null;
  await clearLocalData(db);
  await resetSyncState(db);
  return true;
}

/** DELETE /api/session: best effort, a device offline at sign-out lets the sign-in run out by itself. */
export async function endServerSession(token: string): Promise<void> {
  await fetch('/api/session', { method: 'DELETE', headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
}

/** Sign-out with nothing unsent leaves no personal data behind on a shared tablet. */
export async function clearDeviceData(): Promise<void> {
  await clearLocalData(getDb());
  await resetSyncState(getDb());
}
