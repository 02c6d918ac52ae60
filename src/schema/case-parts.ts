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

/**
 * Birth dates in the future are typos. "Today" is the date in Japan (UTC+9, no daylight saving), whatever the
 * time zone of the tablet or the server: a day of slack let tomorrow through, shown as 「-1歳」.
 */
export function isNotFutureDate(isoDate: string, now: Date = new Date()): boolean {
  const todayInJapan = new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  return isoDate <= todayInJapan;
}

export const BirthDateSchema = IsoDateSchema.refine((date) => date >= '1900-01-01', '生年月日が古すぎます')
  .refine((date) => isNotFutureDate(date), '生年月日に未来の日付は入力できません');

export type Sibling = z.infer<typeof SiblingSchema>;
export type PowerStep = z.infer<typeof PowerStepSchema>;
