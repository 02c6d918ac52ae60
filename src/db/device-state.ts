import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type * as z from 'zod/mini';
import {
  DeviceIdSchema,
  StoredSealKeySchema,
  StoredSessionSchema,
  TextValueSchema,
  type StoredSealKey,
  type StoredSession,
} from '../schema/device-state.ts';

// Small device state in idb-keyval (its own database beside the Dexie one, readable from the page and the
// service worker). Every read is parsed: a value written by an older version must not crash the app.
// Keyed by the Dexie database's name, so each local database (a tablet, or a simulated one in tests) has its own.

export type Owner = { name: string };
const stores = new Map<string, UseStore>();

/** The device state's own store (src/db/refetch-state.ts keeps its entry there too). */
export function kv(owner: Owner): UseStore {
  let store = stores.get(owner.name);
  if (!store) {
    store = createStore(`${owner.name}-device`, 'state');
    stores.set(owner.name, store);
  }
  return store;
}

export async function read<T>(owner: Owner, key: string, schema: z.ZodMiniType<T>): Promise<T | undefined> {
  const parsed = schema.safeParse(await get(key, kv(owner)));
  return parsed.success ? parsed.data : undefined;
}

export async function getDeviceId(owner: Owner): Promise<string> {
  const existing = await read(owner, 'deviceId', DeviceIdSchema);
  if (existing) return existing;
  const id = crypto.randomUUID();
  await set('deviceId', id, kv(owner));
  return id;
}

export const getSession = (owner: Owner) => read(owner, 'session', StoredSessionSchema);
export const saveSession = (owner: Owner, session: StoredSession) => set('session', session, kv(owner));
export const forgetSession = (owner: Owner) => del('session', kv(owner));

/** The server's sealing key: outgoing changes are sealed to it so the service worker can push them while locked. */
export const getSealKey = (owner: Owner) => read(owner, 'sealKey', StoredSealKeySchema);
export const saveSealKey = (owner: Owner, key: StoredSealKey) => set('sealKey', key, kv(owner));

export const getCursor = async (owner: Owner) => (await read(owner, 'cursor', TextValueSchema)) ?? '';
export const saveCursor = (owner: Owner, cursor: string) => set('cursor', cursor, kv(owner));

export const getLastSyncAt = async (owner: Owner) => (await read(owner, 'lastSyncAt', TextValueSchema)) ?? null;
export const saveLastSyncAt = (owner: Owner, at: string) => set('lastSyncAt', at, kv(owner));

/**
 * Set while a first sync runs before the PIN exists (src/ui/session/sync-before-pin.ts): if the tab closes
 * before the PIN is chosen, what it stored is sealed under keys that are gone, and is discarded at the next start.
 */
export const isSyncBeforePinMarked = async (owner: Owner) => (await get('syncBeforePin', kv(owner))) === true;
export const markSyncBeforePin = (owner: Owner, marked: boolean) => (marked ? set('syncBeforePin', true, kv(owner)) : del('syncBeforePin', kv(owner)));

/** Forgets the sync position so the next sync pulls everything again (a new user on this device). */
export async function resetSyncState(owner: Owner): Promise<void> {
  await Promise.all([del('cursor', kv(owner)), del('lastSyncAt', kv(owner))]);
}
