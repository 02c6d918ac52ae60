import * as z from 'zod';

export const SyncStatusSchema = z.object({
  state: z.enum(['idle', 'syncing', 'error', 'signed-out', 'wiped', 'needs-pin']),
  lastSuccessAt: z.string().nullable(),
  lastError: z.string().nullable(),
  pending: z.int().min(0),
  rejected: z.int().min(0),
  /** Cases removed from this device since the person last read it (src/db/purge-cases.ts); none: absent or null. */
  purged: z.object({ cases: z.int().min(0), discarded: z.int().min(0), at: z.string() }).nullable().optional(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

/** Page → service worker. */
export const PageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sync-now') }),
  z.object({ type: z.literal('skip-waiting') }),
]);
export type PageMessage = z.infer<typeof PageMessageSchema>;

/** Service worker → page. */
export const WorkerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sync-status'), status: SyncStatusSchema }),
]);
export type WorkerMessage = z.infer<typeof WorkerMessageSchema>;
