import { encodeJson, fromBase64Url } from '../../src/crypto/bytes.ts';
import { importBoxPublicKey, sealTo, toWire } from '../../src/crypto/sealed-box.ts';
import { SealKeySchema, type SealKey } from '../../src/schema/seal-key.ts';
import { sealLabel } from '../../src/schema/seal-label.ts';
import type { Mutation, SealedMutation } from '../../src/schema/sync-protocol.ts';

/** The server's seal key as a signed-in tablet asks for it. */
export async function fetchSealKey(url: string, token: string): Promise<SealKey> {
  const response = await fetch(`${url}/api/sync/key`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`GET /api/sync/key answered ${response.status}`);
  return SealKeySchema.parse(await response.json());
}

/**
 * What the app does before the locked worker pushes: `fields` sealed to the server's key under the mutation's
 * label. `plaintext` and `label` let a test seal something else, or under another mutation's label.
 */
export async function sealMutation(
  { fields, ...rest }: Mutation,
  key: SealKey,
  { plaintext = encodeJson(fields), label = sealLabel(rest) }: { plaintext?: Uint8Array<ArrayBuffer>; label?: string } = {},
): Promise<SealedMutation> {
  const box = await sealTo(await importBoxPublicKey(fromBase64Url(key.publicKey)), plaintext, label);
  return { ...rest, sealed: { keyId: key.keyId, ...toWire(box) } };
}
