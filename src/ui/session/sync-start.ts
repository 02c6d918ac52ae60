import { getDb } from '../../db/database.ts';
import { getSession, isSyncBeforePinMarked } from '../../db/device-state.ts';
import { hasVault } from '../../db/vault.ts';
import { startSyncController, triggerSync } from '../sync/sync-controller.ts';

// A saved session syncs only once the tablet's PIN exists: records arrive only once they can be sealed. A fresh
// sign-in saves its session only after the PIN is chosen (its first sync runs meanwhile under keys held in memory,
// ./sync-before-pin.ts); a tablet updated from the version before encryption (signed in, no PIN yet) starts its
// sync controller only then.

let isStarted = false;

function start(): void {
  if (isStarted) return;
  isStarted = true;
  startSyncController();
}

/** At start-up: the service worker and the sync triggers, unless a signed-in user still has to choose a PIN. */
export async function startSyncWhenReady(): Promise<void> {
  const db = getDb();
  const [isLeftover, session, vault] = await Promise.all([isSyncBeforePinMarked(db), getSession(db), hasVault(db)]);
  // A first sync that ran before a PIN that never came left records no key opens (src/ui/session/sync-before-pin.ts);
  // it saved no session, so what starts below is the same once they are gone.
  if (isLeftover) await (await import('./sync-before-pin.ts')).discardLeftoverSync();
  if (!session || vault) start();
}

/** The one call after a session exists and the PIN is set (or the vault was already there): sync now. */
export function startSyncAfterPin(): void {
  // A sync already running (the start-up one, before the session was saved) is followed by this one.
  if (isStarted) triggerSync();
  else start();
}
