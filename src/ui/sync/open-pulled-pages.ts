import { getDb } from '../../db/database.ts';
import { countInbox, drainInbox } from '../../db/inbox.ts';
import { watchQuery, type Unsubscribe } from '../../db/live-query.ts';
import { resealOutbox } from '../../db/outbox-seal.ts';
import { isUnlocked, onLockChange } from '../../db/vault.ts';
import { warmWorkingSet } from '../../db/working-set.ts';

// The service worker never holds the keys: what it pulls waits, sealed, in the inbox. While this page is
// unlocked it opens those pages as they arrive (Dexie tells every context of the service worker's writes).

function openWaitingPages(): Promise<void> {
  const db = getDb();
  return resealOutbox(db)
    .then(() => drainInbox(db))
    .then(() => undefined)
    .catch((error: unknown) => console.error('opening pulled pages failed', error));
}

/**
 * Opens pulled pages whenever the app is unlocked and the inbox is not empty, and on each unlock the working
 * set. Returns a stop function.
 */
export function startOpeningPulledPages(): () => void {
  const db = getDb();
  let stopWatching: Unsubscribe | null = null;
  const start = () => {
    stopWatching ??= watchQuery(() => countInbox(db), (count) => {
      if (count > 0) void openWaitingPages();
    });
    // Then the rows every list reads, decrypted ahead of the first search or disaster list.
    void openWaitingPages().then(() => warmWorkingSet(db)).catch((error: unknown) => console.error('warming the working set failed', error));
  };
  const stop = () => {
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
