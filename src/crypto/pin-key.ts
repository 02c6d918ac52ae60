import { AES_GCM, type Ciphertext } from './aes-gcm.ts';
import { encodeUtf8, randomBytes } from './bytes.ts';

// The key-encryption key derived from the PIN or passphrase. It only wraps the device's keys (the data key and
// the private half of the device key pair); changing the PIN re-wraps those two, never the records.

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; about 0.1 s in Chromium on the tablets we measured. */
export const PBKDF2_ITERATIONS = 600_000;

export type PinKdf = { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: Uint8Array<ArrayBuffer> };

export const newPinKdf = (iterations = PBKDF2_ITERATIONS): PinKdf => ({
  name: 'PBKDF2', hash: 'SHA-256', iterations, salt: randomBytes(16),
});

/** The key of a PIN or passphrase: by default one that wraps the device keys; `usages` for a file's own key. */
export async function derivePinKey(pin: string, kdf: PinKdf, usages: KeyUsage[] = ['wrapKey', 'unwrapKey']): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encodeUtf8(pin.normalize('NFKC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: kdf.hash, salt: kdf.salt, iterations: kdf.iterations },
    material, AES_GCM, false, usages,
  );
}

export type WrappedKey = Ciphertext & { format: 'raw' | 'pkcs8' };

export async function wrapWithPin(pinKey: CryptoKey, key: CryptoKey, format: WrappedKey['format'], label: string): Promise<WrappedKey> {
  const iv = randomBytes(12);
  const ct = await crypto.subtle.wrapKey(format, key, pinKey, { name: 'AES-GCM', iv, additionalData: encodeUtf8(label) });
  return { format, iv, ct };
}

/**
 * Unwraps as non-extractable unless `extractable` (only while re-wrapping for a new PIN). Rejects with a wrong
 * PIN: the GCM tag does not verify.
 */
export function unwrapWithPin(
  pinKey: CryptoKey,
  wrapped: WrappedKey,
  label: string,
  algorithm: AlgorithmIdentifier | EcKeyImportParams | AesKeyAlgorithm,
  usages: KeyUsage[],
  extractable = false,
): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    wrapped.format, wrapped.ct, pinKey, { name: 'AES-GCM', iv: wrapped.iv, additionalData: encodeUtf8(label) },
    algorithm, extractable, usages,
  );
}
