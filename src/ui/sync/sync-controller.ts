import { getDb } from '../../db/database.ts';
import { getLastSyncAt } from '../../db/device-state.ts';
import { isUnlocked, onLockChange } from '../../db/vault.ts';
import type { SyncStatus } from '../../schema/messages.ts';
import { afterFirstScreen } from '../after-first-screen.ts';
import type { RetrySoon } from './retry-soon.ts';

// Decides when to sync and who runs it: the page itself while unlocked (or before a service worker controls it),
// the service worker while locked.
// The bridge (workbox-window), the in-page sync engine and the opener of pulled pages are loaded with import()
// after the first screen: none is needed to show the case list, and the first page's JS has a tight budget.

export type SyncState = { status: SyncStatus | null; isUpdateWaiting: boolean };

const SYNC_INTERVAL_MS = 60_000;
const listeners = new Set<(state: SyncState) => void>();
let state: SyncState = { status: null, isUpdateWaiting: false };
let isPageSyncRunning = false;
/** A trigger that came while a page sync ran: one more sync follows it (the change may have come after its push). */
let isPageSyncAgainDue = false;

const loadBridge = () => import('../../pwa/service-worker-bridge.ts');
const loadEngine = () => import('../../sync/sync-service.ts');
const loadPageOpener = () => import('./open-pulled-pages.ts');

/** Made once a sync has failed: follows every later outcome. */
let retrySoon: RetrySoon | null = null;

function update(patch: Partial<SyncState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener(state);
  const { status } = patch;
  if (retrySoon && status) retrySoon.follow(status);
  else if (status?.state === 'error') {
    void import('./retry-soon.ts').then(({ createRetrySoon }) => {
      retrySoon ??= createRetrySoon(triggerSync);
      retrySoon.follow(status);
    });
  }
}

export const getSyncState = (): SyncState => state;

/** A first sync is running: nothing has been received completely yet (the list and live queries wait for it). */
export const isFirstSyncRunning = (status: SyncStatus | null): boolean => status?.state === 'syncing' && !status.lastSuccessAt;

/** A sync run outside the controller (the first one, while the PIN is chosen) reports here like the others. */
export const reportSyncStatus = (status: SyncStatus): void => update({ status });

export function subscribeSync(listener: (state: SyncState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function runInPage(): Promise<void> {
  if (isPageSyncRunning) {
    isPageSyncAgainDue = true;
    return;
  }
  isPageSyncRunning = true;
  try {
    const { readSyncStatus, syncNow } = await loadEngine();
    const db = getDb();
    do {
      isPageSyncAgainDue = false;
      // Offline the attempt fails at once: saying 同期中 would flash a promise the tablet cannot keep.
      if (navigator.onLine) update({ status: await readSyncStatus(db, 'syncing') });
      const status = await syncNow(db, location.origin);
      update({ status });
      // Changes still waiting (no signal): the service worker sends them when it returns, tab open or not.
      // Inside the loop: a trigger that comes while this is registered (a change saved just now) is not lost.
      if (!isPageSyncAgainDue && status.pending > 0) {
        await loadBridge().then((bridge) => (bridge.hasController() ? bridge.registerBackgroundSync() : undefined));
      }
    } while (isPageSyncAgainDue);
  } finally {
    isPageSyncRunning = false;
  }
}

/**
 * Starts a sync now; safe to call often (one sync runs at a time, behind a Web Lock). An unlocked page syncs
 * itself: it holds the keys, so pulled pages go straight into the tables instead of through the sealed inbox.
 * Locked, the service worker syncs (it never holds the keys).
 */
export function triggerSync(): void {
  void loadBridge()
    .then((bridge) => (bridge.hasController() && !isUnlocked(getDb()) ? bridge.requestSync() : runInPage()))
    .catch((error: unknown) => console.error('sync trigger failed', error));
}

async function registerWorker(): Promise<void> {
  const { registerServiceWorker } = await loadBridge();
  registerServiceWorker({
    onStatus: (status) => update({ status }),
    onUpdateWaiting: () => update({ isUpdateWaiting: true }),
  });
}

/** Opens pulled pages on each unlock once the list is on screen; their opener's code is fetched only then too. */
function openPulledPagesLater(): () => void {
  let stopOpening: (() => void) | null = null;
  let isStopped = false;
  const stopWaiting = afterFirstScreen(() => {
    void loadPageOpener()
      .then(({ startOpeningPulledPages }) => {
        if (!isStopped) stopOpening = startOpeningPulledPages();
      })
      .catch((error: unknown) => console.error('opening pulled pages failed', error));
  });
  return () => {
    isStopped = true;
    stopWaiting();
    stopOpening?.();
  };
}

/**
 * Registers the service worker and the sync triggers (start-up, online, back in view, timer, and sooner after a
 * failure: retry-soon.ts). Returns a stop function.
 */
export function startSyncController(): () => void {
  void getLastSyncAt(getDb()).then((lastSuccessAt) => {
    if (!state.status) update({ status: { state: 'idle', lastSuccessAt, lastError: null, pending: 0, rejected: 0 } });
  });
  const handleOnline = () => triggerSync();
  window.addEventListener('online', handleOnline);
  // Back from another app or a sleeping tablet: a hidden page's timers may have been held back (iPad).
  const handleVisible = () => document.visibilityState === 'visible' && triggerSync();
  document.addEventListener('visibilitychange', handleVisible);
  const stopOpening = openPulledPagesLater();
  // Unlocked, the page syncs itself: what was changed or pulled while locked moves once the list is on screen
  // (the sync engine's code is not part of the first screen's budget).
  let stopAfterUnlock = () => {};
  const stopUnlockSync = onLockChange((unlocked) => {
    stopAfterUnlock();
    if (unlocked) stopAfterUnlock = afterFirstScreen(triggerSync);
  });
  const timer = window.setInterval(triggerSync, SYNC_INTERVAL_MS);
  // After the case list is on screen, so neither competes with the cold start.
  const stopWaiting = afterFirstScreen(() => {
    void registerWorker().catch((error: unknown) => console.error('service worker registration failed', error));
    triggerSync();
  });
  return () => {
    window.removeEventListener('online', handleOnline);
    document.removeEventListener('visibilitychange', handleVisible);
    window.clearInterval(timer);
    retrySoon?.stop();
    stopWaiting();
    stopOpening();
    stopUnlockSync();
    stopAfterUnlock();
  };
}
