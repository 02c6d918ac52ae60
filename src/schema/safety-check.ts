import * as z from 'zod';
import { IsoDateTimeSchema, RecordMetaSchema, ShortTextSchema, TextSchema } from './record-meta.ts';

export const SAFETY_STATUSES = ['safe', 'needs-support', 'unreachable', 'evacuated', 'hospitalised'] as const;

/** Append-only 安否確認 entries: the latest by `at` is the family's current status. */
export const SafetyCheckFieldsSchema = z.object({
  caseId: z.uuid(),
  eventId: z.string().min(1).max(64),
  status: z.enum(SAFETY_STATUSES),
  at: IsoDateTimeSchema,
  by: ShortTextSchema.default(''),
  note: TextSchema.default(''),
});

export const SafetyCheckSchema = RecordMetaSchema.extend(SafetyCheckFieldsSchema.shape);
export type SafetyCheck = z.infer<typeof SafetyCheckSchema>;
