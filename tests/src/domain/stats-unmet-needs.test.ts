import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../src/domain/stats.ts';
import { unmetNeedsForStats } from '../../../src/domain/stats-unmet-needs.ts';
import { makeCase } from '../../fixtures/records.ts';
import { makeResource } from '../../fixtures/resources.ts';

const asOf = '2026-05-10';

describe('unmetNeedsForStats', () => {
  it('counts, per municipality and need, the children no reachable resource takes', () => {
    const resources = [
      makeResource({ type: 'home-nursing', acceptsCareItems: ['suction'] }),
      makeResource({ type: 'consultation', municipalityCode: '142085' }), // 逗子市 borders 横須賀市
      makeResource({ type: 'short-stay-medical', municipalityCode: '142042', acceptsCareItems: ['ventilator', 'suction'] }),
      makeResource({ type: 'after-school', acceptsCareItems: ['ventilator'], ageMin: 6, ageMax: 18 }),
    ];
    const ventilator = [{ option: 'ventilator' as const, watch: 'low' as const, details: [] }];
    const cases = [
      makeCase({ birthDate: '2018-01-01', careItems: ventilator }), // 8: short stay and home nursing unmet
      makeCase({ birthDate: '2023-01-01', careItems: ventilator }), // 3: … and day development
      makeCase({ birthDate: '2018-01-01', careItems: [{ option: 'suction', watch: 'low', details: [] }] }), // 8: short stay, and after-school (it takes 呼吸器 only)
      makeCase({ birthDate: '2007-01-01', careItems: ventilator }), // 19, not in school: not counted
    ];
    const unmetNeeds = unmetNeedsForStats(resources);
    expect(unmetNeeds.findAll([{ child: cases[0]!, age: 8 }]).get(cases[0]!.id)).toEqual(['short-stay', 'home-nursing']);
    const table = computeStats({ cases, visits: [], asOf, unmetNeeds }).figures.unmetNeeds;
    expect(table.columns).toEqual(['short-stay', 'home-nursing', 'day-development', 'after-school', 'consultation']);
    expect(table.cells).toEqual([[3, 2, 1, 1, 0]]);
    expect(table.rowTotals).toEqual([3]);
  });
});
