import * as z from 'zod/mini';

// Small device state kept in idb-keyval, parsed on every read. zod/mini keeps this off the first page's
// budget: the case list must open without loading the full schema library.

export const StoredSessionSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  /** One-time refresh token of this sign-in (absent in sessions saved before refresh existed). */
  refreshToken: z.optional(z.string()),
  refreshExpiresAt: z.optional(z.string()),
  user: z.object({ id: z.string(), name: z.string(), role: z.string(), areas: z.array(z.string()) }),
});
export type StoredSession = z.infer<typeof StoredSessionSchema>;

export const DeviceIdSchema = z.string().check(z.regex(/^[\w-]{8,64}$/));
export const TextValueSchema = z.string();

/** The server's public key for sealed mutations (as in src/schema/seal-key.ts), kept from the last sign-in. */
export const StoredSealKeySchema = z.object({ keyId: z.string(), publicKey: z.string() });
export type StoredSealKey = z.infer<typeof StoredSealKeySchema>;
