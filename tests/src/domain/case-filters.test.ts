import { describe, expect, it } from 'vitest';
import { ageBandOf, isConsentExpiring, isFilterActive, makeCaseFilter, NO_FILTER, type FilterableCase } from '../../../src/domain/case-filters.ts';

const TODAY = '2026-06-15';
const row = (fields: Partial<FilterableCase> = {}): FilterableCase => ({
  municipalityCode: '142018', careOptions: [], isElectricityDependent: false, birthDate: '2020-01-01',
  livingSituation: 'home', hasEvacuationPlan: false, evacuationReviewedAt: null, consentExpiries: [], ...fields,
});
const keeps = (filter: Partial<typeof NO_FILTER>, r: FilterableCase) => makeCaseFilter({ ...NO_FILTER, ...filter }, TODAY)(r);

describe('makeCaseFilter', () => {
  it('keeps everything with no filter', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false);
    expect(keeps({}, row())).toBe(true);
  });

  it('filters by municipality, living situation and electricity dependence', () => {
    expect(keeps({ municipalityCode: '142107' }, row())).toBe(false);
    expect(keeps({ livingSituation: 'hospital' }, row({ livingSituation: 'hospital' }))).toBe(true);
    expect(keeps({ isElectricityDependent: true }, row())).toBe(false);
  });

  it('filters by care item across its sub-options (経管栄養 = 胃管/腸管/ポンプ)', () => {
    expect(keeps({ careItem: 7 }, row({ careOptions: ['tube-intestinal'] }))).toBe(true);
    expect(keeps({ careItem: 7 }, row({ careOptions: ['suction'] }))).toBe(false);
  });

  it('filters by age band on today\'s date', () => {
    expect(keeps({ ageBand: '6-11' }, row({ birthDate: '2020-06-15' }))).toBe(true);
    expect(keeps({ ageBand: '6-11' }, row({ birthDate: '2020-06-16' }))).toBe(false);
    expect(ageBandOf(0)).toBe('0');
    expect(ageBandOf(18)).toBe('18+');
  });

  it('finds plans whose yearly review is overdue, including plans never reviewed', () => {
    expect(keeps({ isReviewDue: true }, row({ hasEvacuationPlan: true, evacuationReviewedAt: '2025-06-14' }))).toBe(true);
    expect(keeps({ isReviewDue: true }, row({ hasEvacuationPlan: true, evacuationReviewedAt: '2025-06-15' }))).toBe(false);
    expect(keeps({ isReviewDue: true }, row({ hasEvacuationPlan: true }))).toBe(true);
    expect(keeps({ isReviewDue: true }, row())).toBe(false);
  });

  it('finds consents running out within 30 days, not those already past or later', () => {
    expect(isConsentExpiring(['2026-07-15'], TODAY)).toBe(true);
    expect(isConsentExpiring(['2026-07-16'], TODAY)).toBe(false);
    expect(isConsentExpiring(['2026-06-14'], TODAY)).toBe(false);
    expect(keeps({ isConsentExpiring: true }, row({ consentExpiries: ['2026-06-15'] }))).toBe(true);
  });
});

describe('makeCaseFilter age bands agree with ageOn', () => {
  it('puts every birth date of twenty years, around every band edge and 29 February, in the band of its age', async () => {
    const { ageOn } = await import('../../../src/domain/dates.ts');
    const { AGE_BANDS } = await import('../../../src/domain/case-filters.ts');
    for (const today of ['2026-06-15', '2028-02-29', '2027-02-28', '2027-03-01']) {
      for (let day = 0; day < 366 * 20; day += 7) {
        const birthDate = new Date(Date.UTC(2007, 0, 1 + day)).toISOString().slice(0, 10);
        if (birthDate > today) continue;
        const expected = ageBandOf(ageOn(birthDate, today));
        for (const band of Object.keys(AGE_BANDS) as (keyof typeof AGE_BANDS)[]) {
          const kept = makeCaseFilter({ ...NO_FILTER, ageBand: band }, today)(row({ birthDate }));
          expect(kept, `${birthDate} on ${today} in ${band}`).toBe(band === expected);
        }
      }
    }
  });
});
