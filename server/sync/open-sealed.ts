import { decodeJson } from '../../src/crypto/bytes.ts';
import { fromWire, openSealed } from '../../src/crypto/sealed-box.ts';
import { sealLabel } from '../../src/schema/seal-label.ts';
import { MutationSchema, type Mutation, type PushRequest, type SealedMutation } from '../../src/schema/sync-protocol.ts';
import type { ServerSealKey } from '../keys/seal-key.ts';
import type { PushBatch, RefusedMutation } from '../store/store.ts';

const FieldsSchema = MutationSchema.shape.fields;

const isSealed = (mutation: Mutation | SealedMutation): mutation is SealedMutation => 'sealed' in mutation;
const isPlain = (mutation: Mutation | SealedMutation): mutation is Mutation => !isSealed(mutation);

// The id, collection and record stay in the clear, so a replay of an applied visit is still found by its record.
const refuse = ({ id, collection, recordId }: SealedMutation, code: string, message: string): RefusedMutation => ({
  id, collection, recordId, refused: { code, message, field: 'sealed' },
});

const unreadable = (mutation: SealedMutation) =>
  refuse(mutation, 'seal_invalid', '暗号化された変更を開けませんでした。アプリを開いて、この変更を送り直してください');

/** One sealed mutation opened into a plain one, or refused; never throws. */
export async function openSealedMutation(mutation: SealedMutation, key: ServerSealKey): Promise<Mutation | RefusedMutation> {
  const { sealed, ...plain } = mutation;
  if (sealed.keyId !== key.keyId) {
    return refuse(mutation, 'seal_key_unknown', 'サーバーの知らない鍵で暗号化された変更です。アプリを開いて、この変更を送り直してください');
  }
  let json: unknown;
  try {
    // Rejects when the box was altered, sealed to another key or under another mutation's label.
    json = decodeJson(await openSealed(key.privateKey, fromWire(sealed), sealLabel(mutation)));
  } catch {
    return unreadable(mutation);
  }
  const fields = FieldsSchema.safeParse(json);
  return fields.success ? { ...plain, fields: fields.data } : unreadable(mutation);
}

/**
 * Opens every sealed mutation of a push, before the store's write transaction so the crypto never lengthens
 * it. Each box is one ECDH, one HKDF and one AES-GCM decryption; WebCrypto runs them off the event loop, in
 * parallel.
 */
export async function openPushRequest({ clientId, mutations }: PushRequest, key: ServerSealKey): Promise<PushBatch> {
  if (mutations.every(isPlain)) return { clientId, mutations };
  return { clientId, mutations: await Promise.all(mutations.map((m) => (isSealed(m) ? openSealedMutation(m, key) : m))) };
}
