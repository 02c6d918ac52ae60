import { ageOn } from './dates.ts';

// 医療的ケア児支援法 art. 2: a child under 18, or 18 and over while still in high school (incl. 特別支援学校高等部).
// The case record has no enrolment flag, so "in high school" is read from the free-text `school` field.

/** Age bands of the surveys, in completed years: [min, max) — '1-2' is 1歳以上3歳未満. */
export const AGE_BANDS = [
  { id: '0', min: 0, max: 1 },
  { id: '1-2', min: 1, max: 3 },
  { id: '3-5', min: 3, max: 6 },
  { id: '6-11', min: 6, max: 12 },
  { id: '12-14', min: 12, max: 15 },
  { id: '15-17', min: 15, max: 18 },
  { id: '18+', min: 18, max: Infinity },
] as const;
export type AgeBandId = (typeof AGE_BANDS)[number]['id'];
export const AGE_BAND_IDS: readonly AgeBandId[] = AGE_BANDS.map((band) => band.id);

const HIGH_SCHOOL = /高等部|高等学校|高校|特別支援学校|養護学校|high school/i;
const BEYOND_HIGH_SCHOOL = /専攻科|大学|短大|専門学校|卒業/;

/**
 * True when the `school` text names a high school: 高等部, 高校, 高等学校, or a 特別支援学校 / 養護学校 (at 18 and
 * over that can only be its 高等部), unless it names 専攻科, a university or college, or 卒業.
 */
export function isInHighSchool(school: string): boolean {
  return HIGH_SCHOOL.test(school) && !BEYOND_HIGH_SCHOOL.test(school);
}

/** True when the law counts the child on `asOf`: under 18, or 18 and over while in high school. */
export function isCountedChild(birthDate: string, school: string, asOf: string): boolean {
  return ageOn(birthDate, asOf) < 18 || isInHighSchool(school);
}

/** The survey band of a counted child on `asOf`; null for an 18+ person the law no longer counts. */
export function ageBandOf(birthDate: string, school: string, asOf: string): AgeBandId | null {
  return ageBandOfAge(ageOn(birthDate, asOf), school);
}

/** The band for an age in completed years (`ageOn`); null at 18 and over outside high school. */
export function ageBandOfAge(age: number, school: string): AgeBandId | null {
  if (age >= 18 && !isInHighSchool(school)) return null;
  const band = AGE_BANDS.find((b) => age >= b.min && age < b.max);
  return band?.id ?? AGE_BANDS[0].id;
}

/** 成人移行: the 18th birthday falls after `asOf` and within two years of it (age 16 or 17 today). */
export function isReaching18Within2Years(birthDate: string, asOf: string): boolean {
  return isAgeReaching18Within2Years(ageOn(birthDate, asOf));
}

export const isAgeReaching18Within2Years = (age: number) => age === 16 || age === 17;
