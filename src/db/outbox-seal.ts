import { encodeJson, fromBase64Url } from '../crypto/bytes.ts';
import { importBoxPublicKey, sealTo, toWire } from '../crypto/sealed-box.ts';
import { sealLabel } from '../schema/seal-label.ts';
import type { Mutation } from '../schema/sync-protocol.ts';
import type { OutboxEntry, SealedMutation, StoredOutboxEntry, TsunaguDb } from './database.ts';
import { getSealKey } from './device-state.ts';
import { openRow, sealRow, SENSITIVE_COLLECTIONS } from './sealed-rows.ts';
import { getDeviceKeys } from './vault.ts';

/** `fields` sealed to the server's key, under the mutation's label (id, collection, record); null before the tablet has learned that key. */
export async function sealForServer(db: TsunaguDb, entry: OutboxEntry): Promise<SealedMutation | null> {
  const key = await getSealKey(db);
  if (!key) return null;
  const box = await sealTo(await importBoxPublicKey(fromBase64Url(key.publicKey)), encodeJson(entry.fields), sealLabel(entry));
  return { keyId: key.keyId, ...toWire(box) };
}

/**
 * An outbox entry as it is stored: a sensitive collection's fields sealed twice (for this device and for the
 * server). The names of asserted fields stay in the clear, beside the box: the locked worker sends them too.
 */
export async function sealOutboxEntry(db: TsunaguDb, entry: OutboxEntry): Promise<StoredOutboxEntry> {
  if (!SENSITIVE_COLLECTIONS.has(entry.collection)) return entry;
  const { asserted, ...rest } = entry;
  const toServer = await sealForServer(db, entry);
  const stored = (await sealRow(db, 'outbox', { ...rest, toServer })) as StoredOutboxEntry;
  return asserted ? { ...stored, asserted } : stored;
}

export const openOutboxEntry = (db: TsunaguDb, stored: StoredOutboxEntry): Promise<OutboxEntry> => openRow<OutboxEntry>(db, 'outbox', stored);

export type WireMutation = Omit<Mutation, 'fields'> & ({ fields: Mutation['fields'] } | { sealed: SealedMutation });

/**
 * What the push sends for an entry: clear fields for the directory, the server-sealed box for children's data,
 * or — unlocked, before the server's key was known — the opened fields. Null: it cannot be sent by this context.
 */
export async function toWireMutation(db: TsunaguDb, stored: StoredOutboxEntry): Promise<WireMutation | null> {
  const { id, collection, recordId, baseRev, op, at, asserted } = stored;
  const clear = { id, collection, recordId, baseRev, op, at, ...(asserted && { asserted }) };
  if (!stored.sealed) return { ...clear, fields: (stored as OutboxEntry).fields };
  if (stored.toServer) return { ...clear, sealed: stored.toServer };
  if (!getDeviceKeys(db)) return null;
  const { fields } = await openOutboxEntry(db, stored);
  return { ...clear, fields };
}

/**
 * Seals to the server the changes made before the tablet knew the server's key (updated offline from a version
 * without encryption), so the service worker can push them while locked. Needs an unlocked app.
 */
export async function resealOutbox(db: TsunaguDb): Promise<number> {
  if (!getDeviceKeys(db) || !(await getSealKey(db))) return 0;
  const waiting = (await db.outbox.toArray()).filter((entry) => entry.sealed && !entry.toServer);
  for (const stored of waiting) {
    const entry = await openOutboxEntry(db, stored);
    const toServer = await sealForServer(db, entry);
    await db.outbox.where('seq').equals(stored.seq!).modify({ toServer });
  }
  return waiting.length;
}
