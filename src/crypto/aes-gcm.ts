import { encodeUtf8, randomBytes } from './bytes.ts';

/** AES-256-GCM ciphertext with its 96-bit nonce. `label` names what it is (AAD), so it cannot be moved elsewhere. */
export type Ciphertext = { iv: Uint8Array<ArrayBuffer>; ct: ArrayBuffer };

export const AES_GCM = { name: 'AES-GCM', length: 256 } as const;

export function generateDataKey(extractable: boolean): Promise<CryptoKey> {
  return crypto.subtle.generateKey(AES_GCM, extractable, ['encrypt', 'decrypt']) as Promise<CryptoKey>;
}

export async function encryptBytes(key: CryptoKey, plaintext: BufferSource, label: string): Promise<Ciphertext> {
  const iv = randomBytes(12);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encodeUtf8(label) }, key, plaintext);
  return { iv, ct };
}

/** Rejects (OperationError) when the key is wrong, the label differs or a single bit was changed. */
export function decryptBytes(key: CryptoKey, { iv, ct }: Ciphertext, label: string): Promise<ArrayBuffer> {
  return crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: encodeUtf8(label) }, key, ct);
}
