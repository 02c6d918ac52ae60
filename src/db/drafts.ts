import { clear, createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import * as z from 'zod';
import { decryptBytes, encryptBytes } from '../crypto/aes-gcm.ts';
import { decodeJson, encodeJson } from '../crypto/bytes.ts';
import type { TsunaguDb } from './database.ts';
import { getDeviceKeys } from './vault.ts';

// Unsaved forms, kept on the device so an app switch, a killed tab or a reload loses nothing typed.
// Beside the Dexie database (never synced), one store per local database like device-state.ts. A draft holds a
// child's data, so it is sealed under the data key like the records (src/db/sealed-rows.ts).

type Owner = TsunaguDb;
const stores = new Map<string, UseStore>();

function kv(owner: Owner): UseStore {
  let store = stores.get(owner.name);
  if (!store) {
    store = createStore(`${owner.name}-drafts`, 'drafts');
    stores.set(owner.name, store);
  }
  return store;
}

const EnvelopeSchema = z.object({
  savedAt: z.string(),
  /** Drafts kept before encryption at rest were stored in clear. */
  value: z.unknown().optional(),
  sealed: z.object({ iv: z.instanceof(Uint8Array), ct: z.instanceof(ArrayBuffer) }).optional(),
});

export type Draft<T> = { savedAt: string; value: T };

const labelOf = (key: string) => `draft:${key}`;

/** Keeps a form's state, sealed. Locked (the keys are gone), there is nothing it may write: it keeps the last one. */
export async function saveDraft(owner: Owner, key: string, value: unknown): Promise<void> {
  const keys = getDeviceKeys(owner);
  if (!keys) return;
  const sealed = await encryptBytes(keys.dataKey, encodeJson(value), labelOf(key));
  await set(key, { savedAt: new Date().toISOString(), sealed }, kv(owner));
}

async function openDraftValue(owner: Owner, key: string, envelope: z.infer<typeof EnvelopeSchema>): Promise<unknown> {
  if (!envelope.sealed) return envelope.value;
  const keys = getDeviceKeys(owner);
  if (!keys) return undefined;
  try {
    return decodeJson(await decryptBytes(keys.dataKey, envelope.sealed as { iv: Uint8Array<ArrayBuffer>; ct: ArrayBuffer }, labelOf(key)));
  } catch {
    return undefined;
  }
}

/** The draft under `key` when it parses with `schema`; a draft from an older form shape is dropped. */
export async function loadDraft<T>(owner: Owner, key: string, schema: z.ZodType<T>): Promise<Draft<T> | null> {
  const envelope = EnvelopeSchema.safeParse(await get(key, kv(owner)));
  if (!envelope.success) return null;
  // Locked: the draft stays as it is for the next unlock.
  if (envelope.data.sealed && !getDeviceKeys(owner)) return null;
  const value = schema.safeParse(await openDraftValue(owner, key, envelope.data));
  if (value.success) return { savedAt: envelope.data.savedAt, value: value.data };
  await del(key, kv(owner));
  return null;
}

export const clearDraft = (owner: Owner, key: string) => del(key, kv(owner));

/** The keys drafts are kept under, their values left unread: which forms were left half-written. */
export const listDraftKeys = (owner: Owner): Promise<string[]> => keys<string>(kv(owner));

/** Every draft of this database (a wipe: they could not be opened any more, but nothing of a child may stay). */
export const clearAllDrafts = (owner: Owner) => clear(kv(owner));
