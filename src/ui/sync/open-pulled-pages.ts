import { getDb } from '../../db/database.ts';
import { watchQuery, type Unsubscribe } from '../../db/live-query.ts';
import { isUnlocked, onLockChange } from '../../db/vault.ts';
import { afterFirstScreen } from '../after-first-screen.ts';

// The service worker never holds the keys: what it pulls waits, sealed, in the inbox. While this page is
// unlocked it opens those pages as they arrive (Dexie tells every context of the service worker's writes).
// Loaded after the first screen: the lock screen and the list need none of it.
const loadInbox = () => import('../../db/inbox.ts');
const loadWorkingSet = () => import('../../db/working-set.ts');

const report = (what: string) => (error: unknown) => console.error(`${what} failed`, error);

/** Writes the inbox's pages into the tables (one drain at a time; a call during one joins it). */
function drainWaitingPages(): Promise<void> {
  return loadInbox().then(({ drainInbox }) => drainInbox(getDb())).then(() => undefined, report('opening pulled pages'));
}

/**
 * Opens pulled pages whenever the app is unlocked and the inbox is not empty, and on each unlock the working
 * set — each time once `afterFirstScreen` lets it (the list on screen first). Returns a stop function.
 */
export function startOpeningPulledPages(): () => void {
  const db = getDb();
  let stopWatching: Unsubscribe | null = null;
  let stopWaiting = () => {};
  const open = () => {
    // Once per unlock: changes saved before the server's key was known get sealed to it (the locked worker can
    // push them then); the waiting pages are written; the case index completed and opened (working-set.ts).
    void import('../../db/outbox-seal.ts')
      .then(({ resealOutbox }) => resealOutbox(db))
      .then(drainWaitingPages)
      .then(loadWorkingSet)
      .then(({ warmWorkingSet }) => warmWorkingSet(db))
      .catch(report('preparing the unlocked app'));
    // Then every page the service worker stores while this page stays unlocked.
    stopWatching ??= watchQuery(() => db.inbox.count(), (count) => {
      if (count > 0) void drainWaitingPages();
    });
  };
  const start = () => {
    stopWaiting();
    stopWaiting = afterFirstScreen(open);
  };
  const stop = () => {
    stopWaiting();
    stopWatching?.();
    stopWatching = null;
  };
  if (isUnlocked(db)) start();
  const stopListening = onLockChange((unlocked) => (unlocked ? start() : stop()));
  return () => {
    stopListening();
    stop();
  };
}
