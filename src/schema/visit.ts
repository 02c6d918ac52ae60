import * as z from 'zod';
import { IsoDateSchema, IsoDateTimeSchema, RecordMetaSchema, ShortTextSchema, TextSchema } from './record-meta.ts';

export const VISIT_KINDS = ['home-visit', 'consultation', 'phone', 'meeting', 'other'] as const;

/** Something to do after the visit, by a date. Marking it done is a correction of the visit, like any edit. */
export const FollowUpSchema = z.object({
  id: z.string().min(1).max(64),
  text: ShortTextSchema.min(1, 'やることを入力してください'),
  dueOn: IsoDateSchema.nullable().default(null),
  doneOn: IsoDateSchema.nullable().default(null),
});

/**
 * Append-only: a visit note is written once and never edited in place. A correction is a new visit whose
 * `correctsVisitId` names the original; the latest correction (by `writtenAt`) is what the note now says.
 */
export const VisitFieldsSchema = z.object({
  caseId: z.uuid(),
  at: IsoDateTimeSchema,
  kind: z.enum(VISIT_KINDS, { error: '種別を選んでください' }).default('home-visit'),
  author: ShortTextSchema.default(''),
  /** Who else took part (family, nurse, teacher …). */
  participants: ShortTextSchema.default(''),
  /** What was discussed. */
  note: z.string().trim().min(1, '記録を入力してください').max(10000, '10000文字以内で入力してください'),
  /** Needs found (one short line each). */
  needs: z.array(ShortTextSchema).max(50).default([]),
  followUps: z.array(FollowUpSchema).max(50).default([]),
  correctsVisitId: z.uuid().nullable().default(null),
  /** When this note (or correction) was written; orders corrections. Null on notes older than corrections. */
  writtenAt: IsoDateTimeSchema.nullable().default(null),
  /** Why a correction was made. */
  correctionReason: TextSchema.default(''),
});

export const VisitSchema = RecordMetaSchema.extend(VisitFieldsSchema.shape);
export type Visit = z.infer<typeof VisitSchema>;
export type VisitFields = z.infer<typeof VisitFieldsSchema>;
export type FollowUp = z.infer<typeof FollowUpSchema>;
