import * as z from 'zod';
import { IsoDateTimeSchema, RecordMetaSchema, ShortTextSchema } from './record-meta.ts';

export const VISIT_KINDS = ['home-visit', 'consultation', 'phone', 'meeting', 'other'] as const;

/** Append-only: a visit note is written once and never edited in place. */
export const VisitFieldsSchema = z.object({
  caseId: z.uuid(),
  at: IsoDateTimeSchema,
  kind: z.enum(VISIT_KINDS).default('home-visit'),
  author: ShortTextSchema.default(''),
  note: z.string().trim().min(1, '記録を入力してください').max(10000),
});

export const VisitSchema = RecordMetaSchema.extend(VisitFieldsSchema.shape);
export type Visit = z.infer<typeof VisitSchema>;
