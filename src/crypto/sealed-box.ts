import { AES_GCM, decryptBytes, encryptBytes, type Ciphertext } from './aes-gcm.ts';
import { encodeUtf8, fromBase64Url, toBase64Url } from './bytes.ts';

// A sealed box: bytes encrypted to a public key, so whoever holds only the public key can write but never read.
// ECDH P-256 with a fresh ephemeral key per box, HKDF-SHA-256 of the shared secret into an AES-256-GCM key, the
// label as both HKDF info and GCM additional data. Used twice: the service worker seals pulled pages to the
// device key (only an unlocked app opens them) and the app seals outgoing changes to the server's key (so the
// worker pushes them while the app is locked without being able to read them). docs/security.md.

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const HKDF_SALT = encodeUtf8('tsunagu-sealed-box-v1');

export type SealedBox = Ciphertext & { epk: ArrayBuffer };

/** A sealed box as it travels in JSON (base64url fields). */
export type SealedBoxWire = { epk: string; iv: string; ct: string };

export function generateBoxKeyPair(extractable: boolean): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDH, extractable, ['deriveBits']) as Promise<CryptoKeyPair>;
}

export const importBoxPublicKey = (raw: BufferSource): Promise<CryptoKey> =>
  crypto.subtle.importKey('raw', raw, ECDH, true, []);

export const exportBoxPublicKey = (key: CryptoKey): Promise<ArrayBuffer> => crypto.subtle.exportKey('raw', key);

async function boxKey(privateKey: CryptoKey, publicKey: CryptoKey, label: string): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const hkdf = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: HKDF_SALT, info: encodeUtf8(label) },
    hkdf, AES_GCM, false, ['encrypt', 'decrypt'],
  );
}

export async function sealTo(recipient: CryptoKey, plaintext: BufferSource, label: string): Promise<SealedBox> {
  const ephemeral = await generateBoxKeyPair(true);
  const key = await boxKey(ephemeral.privateKey, recipient, label);
  const [epk, sealed] = await Promise.all([exportBoxPublicKey(ephemeral.publicKey), encryptBytes(key, plaintext, label)]);
  return { epk, ...sealed };
}

/** Rejects when the box was not sealed to this key, under this label, or was altered. */
export async function openSealed(privateKey: CryptoKey, box: SealedBox, label: string): Promise<ArrayBuffer> {
  const key = await boxKey(privateKey, await importBoxPublicKey(box.epk), label);
  return decryptBytes(key, box, label);
}

export const toWire = (box: SealedBox): SealedBoxWire => ({ epk: toBase64Url(box.epk), iv: toBase64Url(box.iv), ct: toBase64Url(box.ct) });

export const fromWire = (wire: SealedBoxWire): SealedBox => ({
  epk: fromBase64Url(wire.epk).buffer,
  iv: fromBase64Url(wire.iv),
  ct: fromBase64Url(wire.ct).buffer,
});
