import { CARE_OPTIONS, type CareItemNumber, type CareOptionCode } from '../schema/care-options.ts';
import { addDays, addYears } from './date-math.ts';
import { isReviewOverdue } from './evacuation-review.ts';

// The case list's filters, over the small derived rows (never whole records), so 10,000 cases stay instant.

/** Survey age bands (実態把握) in completed years, [min, max): '1-2' is 1歳以上3歳未満. */
export const AGE_BANDS = {
  '0': [0, 1], '1-2': [1, 3], '3-5': [3, 6], '6-11': [6, 12], '12-14': [12, 15], '15-17': [15, 18], '18+': [18, 200],
} as const satisfies Record<string, readonly [number, number]>;
export type AgeBand = keyof typeof AGE_BANDS;

export const CONSENT_WARNING_DAYS = 30;

/** The fields of a case row the filters read. */
export type FilterableCase = {
  municipalityCode: string;
  careOptions: readonly CareOptionCode[];
  isElectricityDependent: boolean;
  birthDate: string;
  livingSituation: string;
  hasEvacuationPlan: boolean;
  evacuationReviewedAt: string | null;
  consentExpiries: readonly string[];
};

export type CaseFilter = {
  municipalityCode: string;
  careItem: CareItemNumber | null;
  isElectricityDependent: boolean;
  ageBand: AgeBand | '';
  livingSituation: string;
  isReviewDue: boolean;
  isConsentExpiring: boolean;
};

export const NO_FILTER: CaseFilter = {
  municipalityCode: '', careItem: null, isElectricityDependent: false, ageBand: '', livingSituation: '',
  isReviewDue: false, isConsentExpiring: false,
};

export const isFilterActive = (filter: CaseFilter) => (Object.keys(NO_FILTER) as (keyof CaseFilter)[]).some((key) => filter[key] !== NO_FILTER[key]);

export function ageBandOf(age: number): AgeBand {
  const bands = Object.entries(AGE_BANDS) as [AgeBand, readonly [number, number]][];
  return bands.find(([, [min, max]]) => age >= min && age < max)?.[0] ?? '18+';
}

/** A 個別避難計画 exists and its yearly review is overdue. */
export const isEvacuationReviewDue = (row: Pick<FilterableCase, 'hasEvacuationPlan' | 'evacuationReviewedAt'>, today: string) =>
  row.hasEvacuationPlan && isReviewOverdue(row.evacuationReviewedAt, today);

/** A consent still in force runs out within 30 days (today included). */
export const isConsentExpiring = (expiries: readonly string[], today: string) => {
  const limit = addDays(today, CONSENT_WARNING_DAYS);
  return expiries.some((date) => date >= today && date <= limit);
};

/**
 * A predicate for the active filters. Every date bound is computed once and rows are compared as ISO strings,
 * so a pass over 10,000 rows does no date arithmetic per row.
 */
export function makeCaseFilter(filter: CaseFilter, today: string): (row: FilterableCase) => boolean {
  const options = filter.careItem === null ? null
    : new Set((Object.keys(CARE_OPTIONS) as CareOptionCode[]).filter((code) => CARE_OPTIONS[code].item === filter.careItem));
  const band = filter.ageBand ? AGE_BANDS[filter.ageBand] : null;
  // Age in [min, max) ⇔ born on or before today − min years, and after today − max years (as ageOn counts).
  const bornBy = band ? addYears(today, -band[0]) : '';
  const bornAfter = band ? addYears(today, -band[1]) : '';
  const consentLimit = addDays(today, CONSENT_WARNING_DAYS);
  const [y, m, d] = today.split('-');
  const reviewCutoff = `${String(Number(y) - 1).padStart(4, '0')}-${m}-${d}`; // as isReviewOverdue: reviewed before it is overdue
  return (row) => {
    if (filter.municipalityCode && row.municipalityCode !== filter.municipalityCode) return false;
    if (filter.livingSituation && row.livingSituation !== filter.livingSituation) return false;
    if (filter.isElectricityDependent && !row.isElectricityDependent) return false;
    if (options && !row.careOptions.some((code) => options.has(code))) return false;
    if (band && (row.birthDate > bornBy || row.birthDate <= bornAfter)) return false;
    if (filter.isReviewDue && !(row.hasEvacuationPlan && (!row.evacuationReviewedAt || row.evacuationReviewedAt < reviewCutoff))) return false;
    if (filter.isConsentExpiring && !row.consentExpiries.some((date) => date >= today && date <= consentLimit)) return false;
    return true;
  };
}
