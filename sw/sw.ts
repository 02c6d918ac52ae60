/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { getDb } from '../src/db/database.ts';
import { PageMessageSchema, type SyncStatus, type WorkerMessage } from '../src/schema/messages.ts';
import { readSyncStatus, syncNow } from '../src/sync/sync-service.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

const SYNC_TAG = 'tsunagu-sync';

// The app shell comes from the precache, so the app opens with no network at all.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));

self.addEventListener('install', () => {
  // The very first version takes over at once; later versions wait for the person to accept the update.
  if (!self.registration.active) void self.skipWaiting();
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

async function broadcast(status: SyncStatus): Promise<void> {
  const message: WorkerMessage = { type: 'sync-status', status };
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) client.postMessage(message);
}

async function sync(): Promise<SyncStatus> {
  const db = getDb();
  await broadcast(await readSyncStatus(db, 'syncing'));
  const status = await syncNow(db, self.location.origin);
  await broadcast(status);
  return status;
}

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') return void self.skipWaiting();
  const parsed = PageMessageSchema.safeParse(event.data);
  if (!parsed.success) return;
  if (parsed.data.type === 'skip-waiting') return void self.skipWaiting();
  event.waitUntil(sync());
});

type SyncEvent = ExtendableEvent & { tag: string };

self.addEventListener('sync', ((event: SyncEvent) => {
  if (event.tag !== SYNC_TAG) return;
  // Rejecting tells the browser to retry later (Background Sync keeps the retry schedule).
  event.waitUntil(
    sync().then((status) => {
      if (status.state === 'error' || status.pending > 0) throw new Error(status.lastError ?? 'changes still pending');
    }),
  );
}) as EventListener);
