import * as z from 'zod';
import { IsoDateSchema, ShortTextSchema, TextSchema } from './record-meta.ts';

// Parts of a case added with the full case record (issue 4). Every field has a default, so records written
// before they existed still parse.

/** Battery hours: a fresh schema per field, with messages a coordinator can act on. */
export const batteryHoursSchema = () =>
  z.number({ error: '数値で入力してください' }).min(0, '0以上で入力してください').max(1000, '1000以下で入力してください');

/** A brother or sister: きょうだい児 have their own support needs (respite, school, being heard). */
export const SiblingSchema = z.object({
  name: ShortTextSchema.min(1, '名前を入力してください'),
  age: ShortTextSchema.default(''),
  supportNeeds: TextSchema.default(''),
});

/** The fallback chain when mains power fails, in the order a family tries it. */
export const POWER_STEPS = ['external-battery', 'storage-battery', 'car', 'generator', 'other'] as const;

export const PowerStepSchema = z.object({
  kind: z.enum(POWER_STEPS, { error: '電源の種類を選んでください' }),
  note: ShortTextSchema.default(''),
});

/** Birth dates in the future are typos; one day of slack keeps time zones from refusing today's births. */
export function isNotFutureDate(isoDate: string, now: Date = new Date()): boolean {
  const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  return isoDate <= tomorrow;
}

export const BirthDateSchema = IsoDateSchema.refine((date) => date >= '1900-01-01', '生年月日が古すぎます')
  .refine((date) => isNotFutureDate(date), '生年月日に未来の日付は入力できません');

export type Sibling = z.infer<typeof SiblingSchema>;
export type PowerStep = z.infer<typeof PowerStepSchema>;
