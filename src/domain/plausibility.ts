import type { CareOptionCode } from '../schema/care-options.ts';
import { ageOn } from './dates.ts';

/** Over this age a 医療的ケア児 is unusual (18+ still counts while in high school), so it is worth a second look. */
export const PLAUSIBLE_MAX_AGE = 20;

/** Device types that cannot be in use without the care item they serve. */
export const DEVICE_CARE_ITEMS: Readonly<Partial<Record<string, CareOptionCode>>> = {
  ventilator: 'ventilator',
  'oxygen-concentrator': 'oxygen',
  suction: 'suction',
  'feeding-pump': 'tube-pump',
};

export type PlausibilityWarning =
  | { kind: 'age'; age: number }
  | { kind: 'device-without-care'; deviceType: string; option: CareOptionCode };

type Fields = {
  birthDate: string;
  careItems: readonly { option: string }[];
  devices: readonly { type: string }[];
};

/**
 * What looks implausible in a case but may still be true: warned of before saving, never refused.
 * Each device type is reported once, however many devices of that type there are.
 */
export function findPlausibilityWarnings(fields: Fields, today: string): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  if (/^\d{4}-\d{2}-\d{2}$/.test(fields.birthDate) && fields.birthDate <= today) {
    const age = ageOn(fields.birthDate, today);
    if (age > PLAUSIBLE_MAX_AGE) warnings.push({ kind: 'age', age });
  }
  const options = new Set(fields.careItems.map((item) => item.option));
  const seen = new Set<string>();
  for (const { type } of fields.devices) {
    const option = DEVICE_CARE_ITEMS[type];
    if (!option || options.has(option) || seen.has(type)) continue;
    seen.add(type);
    warnings.push({ kind: 'device-without-care', deviceType: type, option });
  }
  return warnings;
}
