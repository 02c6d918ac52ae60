import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../src/domain/dates.ts';
import { ageAt, statsDates } from '../../../src/domain/stats-classify.ts';
import { computeStats, lastTwelveMonths } from '../../../src/domain/stats.ts';
import { makeCase, makeVisit } from '../../fixtures/records.ts';

const asOf = '2026-05-10';
const noUnmet = { columns: ['short-stay'], findAll: () => new Map() };
const column = (columns: string[], cells: number[], key: string) => cells[columns.indexOf(key)];

describe('computeStats', () => {
  const ventilated = makeCase({
    birthDate: '2020-05-10', careItems: [{ option: 'ventilator', watch: 'high', details: [] }, { option: 'tracheostomy', watch: 'high', details: [] }],
    devices: [{ id: 'd1', type: 'ventilator', maker: '', model: '', internalBatteryHours: 3, externalBatteryHours: 6, spareBatteries: 1, spareBatteryDates: [], cylinderHours: 0, needsPower: true }],
    school: '県立みなと特別支援学校', careTeam: [{ role: 'consultation', name: '相談支援', resourceId: null, phone: '' }],
    evacuationPlan: { helpers: [], transport: '', destination: 'home', destinationName: '', route: '', carry: '', reviewedAt: '2026-01-10' },
  });
  const toddler = makeCase({ birthDate: '2024-05-11', municipalityCode: '142042', school: 'みどり保育園', careItems: [{ option: 'glucose', watch: 'low', details: [] }],
    consents: [{ id: 'c1', kind: 'use', areas: [], organisations: [], date: '2025-06-01', explainedBy: '', expiresAt: '2026-06-09', withdrawnAt: null, documentRef: '' }] });
  const teen = makeCase({ birthDate: '2009-01-01', livingSituation: 'hospital', evacuationPlan: { helpers: [], transport: '', destination: 'home', destinationName: '', route: '', carry: '', reviewedAt: '2025-05-09' } });
  const adult = makeCase({ birthDate: '2007-01-01', school: '' });
  const student = makeCase({ birthDate: '2007-01-01', school: '県立みなと特別支援学校高等部' });
  const removed = makeCase({ deleted: true });
  const cases = [ventilated, toddler, teen, adult, student, removed];
  const visits = [
    makeVisit({ caseId: ventilated.id, at: '2026-05-01T10:00:00.000+09:00' }),
    makeVisit({ caseId: ventilated.id, at: '2025-06-01T10:00:00.000+09:00' }),
    makeVisit({ caseId: teen.id, at: '2025-05-31T10:00:00.000+09:00' }),
    { ...makeVisit({ caseId: teen.id, at: '2026-05-01T11:00:00.000+09:00' }), correctsVisitId: crypto.randomUUID() },
    makeVisit({ caseId: adult.id, at: '2026-05-01T10:00:00.000+09:00' }),
  ];
  const report = computeStats({ cases, visits, asOf, unmetNeeds: noUnmet });
  const f = report.figures;

  it('counts under-18s and 18+ in high school, and leaves out other adults and tombstones', () => {
    expect(report.counted).toBe(4);
    expect(report.excludedAdults).toBe(1);
    expect(report.municipalities).toEqual(['142018', '142042']);
    expect(f.ageBands.columnTotals).toEqual([0, 1, 0, 1, 0, 1, 1]);
  });

  it('counts care items once per child by item number, score bands and power dependence', () => {
    const yokosuka = f.careItems.cells[0]!;
    expect(column(f.careItems.columns, yokosuka, '1')).toBe(1);
    expect(column(f.careItems.columns, yokosuka, '2')).toBe(1);
    expect(column(f.careItems.columns, f.careItems.cells[1]!, '10')).toBe(1);
    expect(f.scoreBands.columnTotals).toEqual([0, 1, 1, 2]); // 10+2 + 8 = 20 → >=16; 血糖 3+0 → >=3
    expect(f.electricity.columnTotals).toEqual([1, 3]);
  });

  it('sorts living situation, school, consultation, transition, plans and consents', () => {
    expect(f.living.columnTotals).toEqual([3, 1, 0]);
    expect(f.school.columnTotals).toEqual([2, 1, 1]);
    expect(f.consultation.columnTotals).toEqual([1, 3]);
    expect(f.transition.columnTotals).toEqual([1, 3]);
    expect(f.evacuation.columnTotals).toEqual([2, 1, 1]);
    expect(f.consents.columnTotals).toEqual([1, 3]);
  });

  it('counts original visits of counted children by the month they happened, over 12 months', () => {
    expect(f.visitsByMonth.columns).toEqual(lastTwelveMonths(asOf));
    expect(f.visitsByMonth.columns[0]).toBe('2025-06');
    expect(f.visitsByMonth.total).toBe(2);
    expect(f.visitsByMonth.columnTotals.at(-1)).toBe(1);
  });
});

describe('ageAt', () => {
  it('agrees with ageOn for every birth date and report date', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
      fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), (birth, on) => {
        const [b, o] = [birth.toISOString().slice(0, 10), on.toISOString().slice(0, 10)];
        expect(ageAt(b, statsDates(o))).toBe(ageOn(b, o));
      }));
  });
});
