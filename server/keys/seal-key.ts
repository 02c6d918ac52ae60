import { createHash } from 'node:crypto';
import { fromBase64Url, toBase64Url } from '../../src/crypto/bytes.ts';
import { exportBoxPublicKey, generateBoxKeyPair } from '../../src/crypto/sealed-box.ts';
import type { SealKey as SealKeyWire } from '../../src/schema/seal-key.ts';
import type { ServerKeyRow, Store } from '../store/store.ts';

// The server's key pair for sealed mutations: tablets seal each change's fields to the public half, so the
// service worker can push them while the app is locked (docs/sync-protocol.md › Sealed mutations). One key per
// deployment, generated on first start and kept in the database; not rotated in v1 (docs/security.md).

/** The `server_keys` row of the sealing key. */
export const SEAL_KEY_ROW = 'seal';

/** The key as the server holds it: the public half as sent to tablets, the private half never extractable. */
export type ServerSealKey = SealKeyWire & { privateKey: CryptoKey };

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** The first 16 characters of base64url SHA-256 of the raw public key: the same on every server. */
export function deriveKeyId(rawPublicKey: Uint8Array): string {
  return toBase64Url(createHash('sha256').update(rawPublicKey).digest()).slice(0, 16);
}

async function generateRow(now: Date): Promise<ServerKeyRow> {
  const pair = await generateBoxKeyPair(true);
  const [publicKey, privateKey] = await Promise.all([exportBoxPublicKey(pair.publicKey), crypto.subtle.exportKey('pkcs8', pair.privateKey)]);
  return { id: SEAL_KEY_ROW, publicKey: toBase64Url(publicKey), privateKey: toBase64Url(privateKey), createdAt: now.toISOString() };
}

/**
 * The deployment's sealing key: the stored one, or a new one stored now. A candidate is generated on every
 * start (about a millisecond) so the store can insert-if-absent in one step; two servers starting together on
 * one database both end up with whichever committed first.
 */
export async function loadSealKey(store: Store, now = new Date()): Promise<ServerSealKey> {
  const row = await store.claimServerKey(await generateRow(now));
  const rawPublicKey = fromBase64Url(row.publicKey);
  const privateKey = await crypto.subtle.importKey('pkcs8', fromBase64Url(row.privateKey), ECDH, false, ['deriveBits']);
  return { keyId: deriveKeyId(rawPublicKey), publicKey: row.publicKey, privateKey };
}

/** What a tablet is told: never the private half. */
export const toSealKeyWire = ({ keyId, publicKey }: ServerSealKey): SealKeyWire => ({ keyId, publicKey });
