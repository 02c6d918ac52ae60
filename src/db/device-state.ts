import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type * as z from 'zod/mini';
import {
  DeviceIdSchema,
  StoredSessionSchema,
  TextValueSchema,
  type StoredSession,
} from '../schema/device-state.ts';

// Small device state in idb-keyval (its own database, readable from the page and the service worker).
// Every read is parsed: a value written by an older version must not crash the app.

let store: UseStore | undefined;
const kv = () => (store ??= createStore('tsunagu-device', 'state'));

async function read<T>(key: string, schema: z.ZodMiniType<T>): Promise<T | undefined> {
  const parsed = schema.safeParse(await get(key, kv()));
  return parsed.success ? parsed.data : undefined;
}

export async function getDeviceId(): Promise<string> {
  const existing = await read('deviceId', DeviceIdSchema);
  if (existing) return existing;
  const id = crypto.randomUUID();
  await set('deviceId', id, kv());
  return id;
}

export const getSession = () => read('session', StoredSessionSchema);
export const saveSession = (session: StoredSession) => set('session', session, kv());
export const forgetSession = () => del('session', kv());

export const getCursor = async () => (await read('cursor', TextValueSchema)) ?? '';
export const saveCursor = (cursor: string) => set('cursor', cursor, kv());

export const getLastSyncAt = async () => (await read('lastSyncAt', TextValueSchema)) ?? null;
export const saveLastSyncAt = (at: string) => set('lastSyncAt', at, kv());

/** Forgets the sync position so the next sync pulls everything again (a new user on this device). */
export async function resetSyncState(): Promise<void> {
  await Promise.all([del('cursor', kv()), del('lastSyncAt', kv())]);
}
