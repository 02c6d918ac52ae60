import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../../src/schema/case.ts';
import { RESOURCE_TYPES, ResourceSchema } from '../../../src/schema/resource.ts';
import { VisitSchema } from '../../../src/schema/visit.ts';
import { generateDemoCases } from '../../../server/seed/demo-cases.ts';
import { generateDemoResources } from '../../../server/seed/demo-resources.ts';
import { generateDemoVisits } from '../../../server/seed/demo-visits.ts';
import { DEMO_CODES } from '../../../server/seed/places.ts';

const today = '2026-04-01';
const cases = generateDemoCases(400, 7, { today });
const resources = generateDemoResources(160, 8, { today });
const visits = generateDemoVisits(cases, 9, { today });

function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m > bm || (m === bm && d >= bd) ? 0 : 1);
}

describe('generateDemoCases', () => {
  it('makes schema-valid cases, the same ones for the same seed and date', () => {
    for (const child of cases) expect(CaseSchema.safeParse(child).error).toBeUndefined();
    expect(generateDemoCases(400, 7, { today })).toEqual(cases);
    expect(generateDemoCases(5, 8, { today })[0]!.id).not.toBe(cases[0]!.id);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('spreads children over the five towns with ages 0 to 19', () => {
    const towns = new Set(cases.map((c) => c.municipalityCode));
    expect([...towns].sort()).toEqual([...DEMO_CODES].sort());
    const ages = cases.map((c) => ageOn(c.birthDate, today));
    expect(Math.min(...ages)).toBe(0);
    expect(Math.max(...ages)).toBe(19);
  });

  it('gives ventilated children plausible companions and battery hours', () => {
    const ventilated = cases.filter((c) => c.careItems.some((i) => i.option === 'ventilator'));
    expect(ventilated.length).toBeGreaterThan(40);
    for (const child of ventilated) {
      const ventilator = child.devices.find((d) => d.type === 'ventilator');
      expect(ventilator?.internalBatteryHours).toBeGreaterThanOrEqual(2);
      expect(ventilator?.internalBatteryHours).toBeLessThanOrEqual(8);
      expect(ventilator?.externalBatteryHours).toBeGreaterThanOrEqual(4);
      expect(ventilator?.externalBatteryHours).toBeLessThanOrEqual(12);
    }
    const withTrach = ventilated.filter((c) => c.careItems.some((i) => i.option === 'tracheostomy'));
    expect(withTrach.length / ventilated.length).toBeGreaterThan(0.5);
    for (const child of withTrach) {
      expect(child.careItems.find((i) => i.option === 'suction')?.details).toEqual(expect.arrayContaining(['oral', 'tracheal']));
    }
    expect(cases.every((c) => c.careItems.length > 0)).toBe(true);
  });

  it('gives about half the children an evacuation plan, and some a consent across towns', () => {
    const planned = cases.filter((c) => c.evacuationPlan !== null).length / cases.length;
    expect(planned).toBeGreaterThan(0.35);
    expect(planned).toBeLessThan(0.7);
    const shared = cases.filter((c) => c.consents.some((k) => k.areas.some((a) => a !== c.municipalityCode) && k.withdrawnAt === null));
    expect(shared.length).toBeGreaterThan(20);
  });
});

describe('generateDemoResources', () => {
  // Where each one lies is checked in demo-places.test.ts (the old box over the peninsula let a 鎌倉 resource sit
  // beside 横須賀市役所).
  it('makes schema-valid resources of every type, the same ones for the same seed', () => {
    for (const resource of resources) expect(ResourceSchema.safeParse(resource).error).toBeUndefined();
    expect(new Set(resources.map((r) => r.type))).toEqual(new Set(Object.keys(RESOURCE_TYPES)));
    for (const { vacancy, capacity } of resources) expect(vacancy).toBeLessThanOrEqual(capacity);
    expect(generateDemoResources(160, 8, { today })).toEqual(resources);
  });
});

describe('generateDemoVisits', () => {
  it('writes schema-valid notes for many children, each for an existing case', () => {
    const ids = new Set(cases.map((c) => c.id));
    for (const visit of visits) {
      expect(VisitSchema.safeParse(visit).error).toBeUndefined();
      expect(ids.has(visit.caseId)).toBe(true);
    }
    expect(new Set(visits.map((v) => v.caseId)).size).toBeGreaterThan(cases.length / 2);
  });

  it('writes notes that agree with their kind (a phone call is not a visit, a visit is not a phone call)', () => {
    const phone = visits.filter((v) => v.kind === 'phone');
    const inPerson = visits.filter((v) => v.kind === 'home-visit');
    expect(phone.length).toBeGreaterThan(0);
    expect(inPerson.length).toBeGreaterThan(0);
    for (const visit of phone) expect(visit.note).not.toMatch(/訪問。|面談|会議に出席/);
    for (const visit of inPerson) expect(visit.note).not.toMatch(/電話/);
  });
});
