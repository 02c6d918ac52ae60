import * as z from 'zod';
import { RecordMetaSchema, ShortTextSchema } from './record-meta.ts';

/** The losing value of a same-field concurrent edit, kept until a person resolves it. */
export const ConflictFieldsSchema = z.object({
  collection: z.string().max(40),
  recordId: z.uuid(),
  field: z.string().max(60),
  keptValue: z.unknown(),
  winningValue: z.unknown(),
  keptAt: z.string().max(80),
  keptBy: ShortTextSchema,
  winningAt: z.string().max(80),
  winningBy: ShortTextSchema,
  resolvedAt: z.string().max(80).nullable().default(null),
  resolvedBy: ShortTextSchema.nullable().default(null),
});

export const ConflictSchema = RecordMetaSchema.extend(ConflictFieldsSchema.shape);
export type Conflict = z.infer<typeof ConflictSchema>;
