import * as z from 'zod';
import { CollectionSchema } from './collections.ts';
import { PulledChangeSchema } from './sync-protocol.ts';

/** How many records one read may ask for. */
export const MAX_RECORDS_READ = 100;

const ID = '[0-9a-fA-F-]{36}';

/**
 * `GET /api/sync/records?collection=…&ids=a,b,…`: records as the server has them now, for a tablet that
 * discarded a refused change (src/sync/refetch.ts).
 */
export const RecordsQuerySchema = z.object({
  collection: CollectionSchema,
  ids: z.string().regex(new RegExp(`^${ID}(,${ID}){0,${MAX_RECORDS_READ - 1}}$`), `ids must be 1 to ${MAX_RECORDS_READ} record ids, comma-separated`),
});

/** The records the user may see, as pulled records are; `missing`: asked for, but none the user may see. */
export const RecordsResponseSchema = z.object({ changes: z.array(PulledChangeSchema), missing: z.array(z.string()) });
export type RecordsResponse = z.infer<typeof RecordsResponseSchema>;
