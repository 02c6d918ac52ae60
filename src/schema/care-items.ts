import * as z from 'zod';
import { CARE_OPTION_CODES, getCareOption, WATCH_LEVELS } from './care-options.ts';

// The selection of 医療的ケア on a case; the reference table itself is in care-options.ts.

export const CareSelectionSchema = z
  .object({
    option: z.enum(CARE_OPTION_CODES),
    watch: z.enum(WATCH_LEVELS).default('low'),
    details: z.array(z.string().max(40)).max(8).default([]),
  })
  .refine((s) => s.details.every((d) => getCareOption(s.option).details?.some((x) => x.code === d) ?? false), {
    message: 'この医療的ケアにない内訳が選ばれています',
    path: ['details'],
  });
export type CareSelection = z.infer<typeof CareSelectionSchema>;

export const CareSelectionListSchema = z
  .array(CareSelectionSchema)
  .max(CARE_OPTION_CODES.length)
  .refine((list) => new Set(list.map((s) => s.option)).size === list.length, '同じ医療的ケアが重複しています');
