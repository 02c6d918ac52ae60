import type { Case } from '../schema/case.ts';
import { CARE_OPTIONS } from '../schema/care-options.ts';
import { ageBandOfAge, isAgeReaching18Within2Years } from './age-bands.ts';
import { bandOf, scoreCareItems } from './care-score.ts';
import { isReviewOverdue } from './evacuation-review.ts';
import { isElectricityDependent } from './power.ts';

// One child → the category of each figure. Definitions are spelled out in docs/statistics.md.

export const CONSENT_WARNING_DAYS = 30;

/** The 14 items of the 医療的ケア判定スコア this child has (1–14, each once). */
export function careItemNumbers(child: Pick<Case, 'careItems'>): string[] {
  return [...new Set(child.careItems.map((selection) => String(CARE_OPTIONS[selection.option].item)))];
}

export function scoreBandOf(child: Pick<Case, 'careItems'>): string {
  return String(bandOf(scoreCareItems(child.careItems).total));
}

const DAYCARE = /保育|幼稚園|こども園|nursery|kindergarten|daycare/i;

/** 'daycare' (保育所・幼稚園・こども園), 'school' (any other school named, or a school on the care team), or 'none'. */
export function schoolKindOf(child: Pick<Case, 'school' | 'careTeam'>): 'school' | 'daycare' | 'none' {
  const school = child.school.trim();
  if (school) return DAYCARE.test(school) ? 'daycare' : 'school';
  return child.careTeam.some((member) => member.role === 'school') ? 'school' : 'none';
}

export function hasConsultationSpecialist(child: Pick<Case, 'careTeam'>): boolean {
  return child.careTeam.some((member) => member.role === 'consultation');
}

/** 'missing' (no 個別避難計画), 'overdue' (never reviewed or reviewed over a year ago) or 'current'. */
export function evacuationStatusOf(child: Pick<Case, 'evacuationPlan'>, asOf: string): 'missing' | 'overdue' | 'current' {
  if (!child.evacuationPlan) return 'missing';
  return isReviewOverdue(child.evacuationPlan.reviewedAt, asOf) ? 'overdue' : 'current';
}

/** ISO date `days` after `isoDate` (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** True when a consent still in force (not withdrawn) expires on `asOf` or within the next 30 days. */
export function hasConsentExpiringSoon(child: Pick<Case, 'consents'>, asOf: string, limit = addDays(asOf, CONSENT_WARNING_DAYS)): boolean {
  return child.consents.some((c) => !c.withdrawnAt && c.expiresAt !== null && c.expiresAt >= asOf && c.expiresAt <= limit);
}

/** The dates every child is measured against, worked out once per report. */
export type StatsDates = { asOf: string; consentLimit: string; year: number; monthDay: number };
export function statsDates(asOf: string): StatsDates {
  const [year, month, day] = asOf.split('-').map(Number) as [number, number, number];
  return { asOf, consentLimit: addDays(asOf, CONSENT_WARNING_DAYS), year, monthDay: month * 100 + day };
}

/** `ageOn(birthDate, dates.asOf)` without splitting strings: it runs for every child of every report. */
export function ageAt(birthDate: string, dates: StatsDates): number {
  const year = Number(birthDate.slice(0, 4));
  const monthDay = Number(birthDate.slice(5, 7)) * 100 + Number(birthDate.slice(8, 10));
  return dates.year - year - (dates.monthDay >= monthDay ? 0 : 1);
}

const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');

/** Every figure's category for one counted child (and its age); null for an 18+ person the law no longer counts. */
export function classifyChild(child: Case, dates: StatsDates) {
  const { asOf } = dates;
  const age = ageAt(child.birthDate, dates);
  const ageBand = ageBandOfAge(age, child.school);
  if (ageBand === null) return null;
  return {
    age,
    careItems: careItemNumbers(child),
    ageBands: [ageBand],
    living: [child.livingSituation],
    scoreBands: [scoreBandOf(child)],
    electricity: [yesNo(isElectricityDependent(child.devices))],
    school: [schoolKindOf(child)],
    consultation: [yesNo(hasConsultationSpecialist(child))],
    transition: [yesNo(isAgeReaching18Within2Years(age))],
    evacuation: [evacuationStatusOf(child, asOf)],
    consents: [hasConsentExpiringSoon(child, asOf, dates.consentLimit) ? 'expiring' : 'other'],
  };
}
export type ChildCategories = Omit<NonNullable<ReturnType<typeof classifyChild>>, 'age'>;
