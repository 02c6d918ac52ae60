import * as z from 'zod';

export const SyncStatusSchema = z.object({
  state: z.enum(['idle', 'syncing', 'error', 'signed-out', 'wiped', 'needs-pin']),
  lastSuccessAt: z.string().nullable(),
  lastError: z.string().nullable(),
  pending: z.int().min(0),
  rejected: z.int().min(0),
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
