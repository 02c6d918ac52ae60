import { getDb } from '../../db/database.ts';
import { watchQuery, type Unsubscribe } from '../../db/live-query.ts';
import { isUnlocked, onLockChange } from '../../db/vault.ts';

// The service worker never holds the keys: what it pulls waits, sealed, in the inbox. While this page is
// unlocked it opens those pages as they arrive (Dexie tells every context of the service worker's writes).
// Loaded after the first screen: the lock screen and the list need none of it.
const loadInbox = () => import('../../db/inbox.ts');
const loadWorkingSet = () => import('../../db/working-set.ts');

function openWaitingPages(): Promise<void> {
  const db = getDb();
  return Promise.all([loadInbox(), import('../../db/outbox-seal.ts')])
    .then(async ([{ drainInbox }, { resealOutbox }]) => {
      await resealOutbox(db);
      await drainInbox(db);
    })
    .catch((error: unknown) => console.error('opening pulled pages failed', error));
}

/**
 * Opens pulled pages whenever the app is unlocked and the inbox is not empty, and on each unlock the working
 * set — each time once `afterFirstScreen` lets it (the list on screen first). Returns a stop function.
 */
export function startOpeningPulledPages(afterFirstScreen: (task: () => void) => () => void): () => void {
  const db = getDb();
  let stopWatching: Unsubscribe | null = null;
  let stopWaiting = () => {};
  const open = () => {
    stopWatching ??= watchQuery(() => db.inbox.count(), (count) => {
      if (count > 0) void openWaitingPages();
    });
    // Then the rows every list reads, decrypted ahead of the first search or disaster list.
    void openWaitingPages().then(() => loadWorkingSet()).then(({ warmWorkingSet }) => warmWorkingSet(db)).catch((error: unknown) => console.error('warming the working set failed', error));
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
