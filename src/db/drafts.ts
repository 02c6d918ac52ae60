import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import * as z from 'zod';

// Unsaved forms, kept on the device so an app switch, a killed tab or a reload loses nothing typed.
// Beside the Dexie database (never synced), one store per local database like device-state.ts.

type Owner = { name: string };
const stores = new Map<string, UseStore>();

function kv(owner: Owner): UseStore {
  let store = stores.get(owner.name);
  if (!store) {
    store = createStore(`${owner.name}-drafts`, 'drafts');
    stores.set(owner.name, store);
  }
  return store;
}

const EnvelopeSchema = z.object({ savedAt: z.string(), value: z.unknown() });

export type Draft<T> = { savedAt: string; value: T };

export async function saveDraft(owner: Owner, key: string, value: unknown): Promise<void> {
  await set(key, { savedAt: new Date().toISOString(), value }, kv(owner));
}

/** The draft under `key` when it parses with `schema`; a draft from an older form shape is dropped. */
export async function loadDraft<T>(owner: Owner, key: string, schema: z.ZodType<T>): Promise<Draft<T> | null> {
  const envelope = EnvelopeSchema.safeParse(await get(key, kv(owner)));
  if (!envelope.success) return null;
  const value = schema.safeParse(envelope.data.value);
  if (value.success) return { savedAt: envelope.data.savedAt, value: value.data };
  await del(key, kv(owner));
  return null;
}

export const clearDraft = (owner: Owner, key: string) => del(key, kv(owner));
