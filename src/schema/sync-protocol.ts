import * as z from 'zod';
import { CollectionSchema } from './collections.ts';

/** Hybrid logical clock stamp: `<13-digit ms>:<4-digit counter>:<node id>`, sortable as a string. */
export const HlcSchema = z.string().regex(/^\d{13}:\d{4}:[\w-]{1,64}$/, 'at must be a hybrid logical clock stamp');

export const MutationSchema = z.object({
  id: z.uuid(),
  collection: CollectionSchema,
  recordId: z.uuid(),
  baseRev: z.int().min(0).nullable(),
  op: z.enum(['upsert', 'delete']),
  fields: z.record(z.string().max(60), z.unknown()),
  at: HlcSchema,
  /**
   * Fields of `fields` the writer re-asserts: stamped as this write even when the value equals the stored one
   * (choosing a side of a conflict), so a concurrent different choice meets it as an edit. Names in the clear,
   * also when `fields` is sealed; a name `fields` lacks is ignored, except `deleted`: a delete (or an upsert that
   * restores) asserting it re-stamps the record's deleted state (keeping or undoing a delete). Absent: as before.
   */
  asserted: z.array(z.string().max(60)).max(200).optional(),
});
export type Mutation = z.infer<typeof MutationSchema>;

/** Sealed ciphertext of up to about 1.5 MB of fields JSON (base64url); the 5 MB body limit still applies. */
export const MAX_SEALED_CT_CHARS = 2_000_000;

const base64Url = (name: string) => z.string().regex(/^[\w-]*$/, `${name} must be base64url`);

/**
 * A mutation's `fields` sealed to the server's public key (docs/sync-protocol.md › Sealed mutations): the
 * service worker pushes it while the app is locked without being able to read it.
 */
export const SealedFieldsSchema = z.object({
  /** The server key it was sealed to (`GET /api/sync/key`). */
  keyId: z.string().regex(/^[\w-]{1,64}$/, 'keyId is not a key id'),
  /** Ephemeral P-256 public key, raw uncompressed point (65 bytes). */
  epk: base64Url('epk').length(87),
  /** AES-GCM nonce (12 bytes). */
  iv: base64Url('iv').length(16),
  /** AES-256-GCM ciphertext with its 16-byte tag. */
  ct: base64Url('ct').min(22).max(MAX_SEALED_CT_CHARS),
});
export type SealedFields = z.infer<typeof SealedFieldsSchema>;

/** A mutation as the locked app's worker sends it: everything but `fields` in the clear. */
export const SealedMutationSchema = MutationSchema.omit({ fields: true }).extend({ sealed: SealedFieldsSchema });
export type SealedMutation = z.infer<typeof SealedMutationSchema>;

export const MAX_PUSH_MUTATIONS = 1000;

export const PushRequestSchema = z.object({
  clientId: z.string().min(1).max(64),
  // Sealed first: a plain mutation has no `sealed`, so it never parses as one.
  mutations: z.array(z.union([SealedMutationSchema, MutationSchema])).max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const PUSH_STATUSES = ['applied', 'merged', 'conflict', 'duplicate', 'rejected'] as const;

export const MutationErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().optional(),
});
export type MutationError = z.infer<typeof MutationErrorSchema>;

export const PushResultSchema = z.object({
  id: z.string(),
  status: z.enum(PUSH_STATUSES),
  rev: z.int().optional(),
  error: MutationErrorSchema.optional(),
});
export type PushResult = z.infer<typeof PushResultSchema>;

export const PushResponseSchema = z.object({ results: z.array(PushResultSchema) });
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const MAX_PULL_LIMIT = 5000;

export const PullQuerySchema = z.object({
  since: z.string().regex(/^(\d{1,20}(\.\d{1,15})?)?$/, 'since must be a cursor returned by pull').default(''),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(1000),
  /** The device's id (its push `clientId`): lets the server tell this device what to remove. */
  client: z.string().regex(/^[\w-]{1,64}$/, 'client must be a device id').optional(),
});

/** What every pulled record carries, whatever its collection; the rest is the collection's own fields. */
export type PulledRecord = { id: string; rev: number; deleted: boolean; updatedAt: string } & Record<string, unknown>;

/**
 * Checked in place, not copied: a first sync receives 15,000 records, and a loose object schema builds a new
 * object of every one (~70 ms of the pull's main thread, and as much garbage).
 */
const isPulledRecord = (value: unknown): value is PulledRecord => {
  if (typeof value !== 'object' || value === null) return false;
  const { id, rev, deleted, updatedAt } = value as Record<string, unknown>;
  return typeof id === 'string' && Number.isInteger(rev) && typeof deleted === 'boolean' && typeof updatedAt === 'string';
};

export const PulledChangeSchema = z.object({
  collection: CollectionSchema,
  record: z.custom<PulledRecord>(isPulledRecord, 'record must have id, rev, deleted and updatedAt'),
});
export type PulledChange = z.infer<typeof PulledChangeSchema>;

/** A case that left the user's scope: the device deletes its copy and everything under it. */
export const RemovalSchema = z.object({ collection: z.literal('cases'), id: z.string().min(1).max(64) });
export type Removal = z.infer<typeof RemovalSchema>;

export const PullResponseSchema = z.object({
  changes: z.array(PulledChangeSchema),
  cursor: z.string(),
  hasMore: z.boolean(),
  /** Present when the pull named its device (`client`); older servers leave it out. */
  removals: z.array(RemovalSchema).optional(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

/** A pull response's bytes as received, beside the parsed page: a first sync stores them as they came. */
export type PulledBytes = { bytes?: Uint8Array<ArrayBuffer> };
