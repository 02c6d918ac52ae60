import { describe, expect, it } from 'vitest';
import { checksCareItems } from '../../../src/domain/service-needs.ts';
import { findPlausibilityWarnings } from '../../../src/domain/plausibility.ts';
import { classifyChild, hasConsultationSpecialist, statsDates } from '../../../src/domain/stats-classify.ts';
import { generateDemoCases } from '../../../server/seed/demo-cases.ts';
import { schoolYearsStarted } from '../../../server/seed/demo-case-parts.ts';
import { generateDemoResources } from '../../../server/seed/demo-resources.ts';
import { generateDemoVisits } from '../../../server/seed/demo-visits.ts';
import { DEMO_HOSPITALS, DEMO_SPECIAL_SCHOOLS } from '../../../server/seed/names.ts';

const today = '2026-11-27';
const cases = generateDemoCases(2000, 11, { today });
const resources = generateDemoResources(160, 12, { today });
const visits = generateDemoVisits(cases, 13, { today });
const byId = new Map(cases.map((c) => [c.id, c]));

describe('demo children', () => {
  it('have a 相談支援専門員 for some of them only, as surveys find, in the statistics as in the records', () => {
    const dates = statsDates(today);
    const counted = cases.filter((c) => classifyChild(c, dates) !== null);
    const share = counted.filter(hasConsultationSpecialist).length / counted.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.75);
  });

  it('date nothing before the birth: consents, plan reviews, spare batteries, visits', () => {
    for (const child of cases) {
      const dates = [
        ...child.consents.flatMap((c) => [c.date, c.withdrawnAt ?? c.date]),
        ...(child.evacuationPlan?.reviewedAt ? [child.evacuationPlan.reviewedAt] : []),
        ...child.devices.flatMap((d) => d.spareBatteryDates),
      ];
      for (const date of dates) expect(date >= child.birthDate, `${date} < ${child.birthDate}`).toBe(true);
    }
    for (const visit of visits) expect(visit.at.slice(0, 10) > byId.get(visit.caseId)!.birthDate).toBe(true);
  });

  it('name a school that fits the school year: 小学部 at 6, 高等部 until the March after 18, none before', () => {
    for (const child of cases) {
      const years = schoolYearsStarted(child.birthDate, today);
      if (years < 1) expect(child.school).toMatch(/^(|.+(保育園))$/);
      else if (years > 12) expect(child.school).toBe('');
      else if (child.school.includes('支援学校')) {
        expect(child.school).toContain(years <= 6 ? '小学部' : years <= 9 ? '中学部' : '高等部');
      } else expect(child.school).toMatch(years <= 6 ? /小学校/ : /中学校/);
    }
  });

  it('have devices that follow from their care and a plan that packs only what they use', () => {
    for (const child of cases) {
      expect(findPlausibilityWarnings(child, today)).toEqual([]);
      const has = (option: string) => child.careItems.some((i) => i.option === option);
      if (has('ventilator')) expect(child.hasResuscitationBag).toBe(true);
      if (has('cvc')) expect(child.devices.some((d) => d.type === 'infusion-pump')).toBe(true);
      const carry = child.evacuationPlan?.carry ?? '';
      expect(carry.includes('蘇生バッグ')).toBe(child.evacuationPlan !== null && child.hasResuscitationBag);
      if (carry.includes('酸素')) expect(has('oxygen')).toBe(true);
      if (carry.includes('カニューレ')) expect(has('tracheostomy')).toBe(true);
      if (child.medications.some((m) => /バルプロ酸|レベチラセタム|クロバザム/.test(m))) expect(has('seizure')).toBe(true);
    }
  });

  it('are seen on working days, and never visited at home while in hospital', () => {
    for (const visit of visits) {
      expect([0, 6]).not.toContain(new Date(`${visit.at.slice(0, 10)}T00:00:00Z`).getUTCDay());
      if (byId.get(visit.caseId)!.livingSituation === 'hospital') expect(visit.kind).not.toBe('home-visit');
    }
    const authors = new Map<string, Set<string>>();
    for (const v of visits) authors.set(v.caseId, (authors.get(v.caseId) ?? new Set()).add(v.author));
    expect([...authors.values()].every((set) => set.size === 1)).toBe(true);
  });

  it('are treated and taught at hospitals and schools the directory lists', () => {
    const names = new Set(resources.map((r) => r.name));
    for (const { name } of [...DEMO_HOSPITALS, ...DEMO_SPECIAL_SCHOOLS]) expect(names.has(name), name).toBe(true);
    for (const child of cases) expect(names.has(child.careTeam[0]!.name.replace(/ 小児科$/, ''))).toBe(true);
  });
});

describe('demo resources', () => {
  it('open short stays every day and night, as respite needs', () => {
    for (const r of resources.filter((x) => x.type.startsWith('short-stay'))) {
      expect(r.days).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'holiday']);
      expect(r.hours).toContain('24時間');
    }
  });

  it('take the care that goes with what they accept: a ventilator comes with the tracheostomy and its suction', () => {
    for (const r of resources.filter((x) => checksCareItems(x.type))) {
      const takes = new Set(r.acceptsCareItems);
      if (takes.has('ventilator')) expect([...takes]).toEqual(expect.arrayContaining(['tracheostomy', 'suction', 'oxygen']));
      if (takes.has('tracheostomy')) expect(takes.has('suction')).toBe(true);
      if (takes.has('tube-pump')) expect(takes.has('tube-gastric')).toBe(true);
    }
  });
});
