import * as z from 'zod';

/** base64url without padding of an uncompressed P-256 point (65 bytes). */
const RAW_P256_POINT = /^[\w-]{87}$/;

/**
 * The server's public key for sealed mutations (docs/sync-protocol.md › Sealed mutations): the app seals each
 * change's fields to it, so the service worker can push them while the app is locked without reading them.
 */
export const SealKeySchema = z.object({
  /** Names the key pair: the first 16 characters of base64url SHA-256 of the raw public key. */
  keyId: z.string().regex(/^[\w-]{1,64}$/, 'keyId is not a key id'),
  /** The raw uncompressed point, base64url. */
  publicKey: z.string().regex(RAW_P256_POINT, 'publicKey is not a raw P-256 public key'),
});
export type SealKey = z.infer<typeof SealKeySchema>;
