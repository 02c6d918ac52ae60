import { Workbox } from 'workbox-window';
import { WorkerMessageSchema, type PageMessage, type SyncStatus } from '../schema/messages.ts';

// The single page ↔ service-worker bridge: registration, update prompt, sync requests and status.

export const SYNC_TAG = 'tsunagu-sync';

type Listeners = {
  onStatus: (status: SyncStatus) => void;
  onUpdateWaiting: () => void;
};

let workbox: Workbox | undefined;

/** Registers /sw.js; returns false where service workers are unavailable (the page then syncs itself). */
export function registerServiceWorker(listeners: Listeners): boolean {
  if (!('serviceWorker' in navigator)) return false;
  workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', () => listeners.onUpdateWaiting());
  workbox.addEventListener('message', (event) => {
    const parsed = WorkerMessageSchema.safeParse(event.data);
    if (parsed.success) listeners.onStatus(parsed.data.status);
  });
  void workbox.register();
  return true;
}

/** True once a service worker controls this page and can run the sync. */
export function hasController(): boolean {
  return Boolean(navigator.serviceWorker?.controller);
}

function post(message: PageMessage): void {
  navigator.serviceWorker.controller?.postMessage(message);
}

/** Asks the service worker to sync now, and registers Background Sync where the browser has it. */
export async function requestSync(): Promise<void> {
  post({ type: 'sync-now' });
  await registerBackgroundSync();
}

/**
 * Registers Background Sync where the browser has it (Chromium): the service worker syncs when the connection
 * returns even if every tab of the app was closed meanwhile.
 */
export async function registerBackgroundSync(): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const sync = (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }).sync;
  await sync?.register(SYNC_TAG).catch(() => undefined);
}

/** Activates the waiting version and reloads once it controls the page. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
