import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../src/domain/match-index.ts';
import { formatUnmetNeedsCsv } from '../../../src/domain/unmet-needs-csv.ts';
import { computeUnmetNeeds, createUnmetNeedsJudge, type UnmetChild } from '../../../src/domain/unmet-needs.ts';
import { makeResource } from '../../fixtures/resources.ts';

const child = (overrides: Partial<UnmetChild>): UnmetChild =>
  ({ id: crypto.randomUUID(), name: '試験', municipalityCode: '142018', age: 8, careItems: [], ...overrides });

describe('computeUnmetNeeds', () => {
  const index = buildMatchIndex([
    makeResource({ type: 'short-stay-medical', municipalityCode: '142018', acceptsCareItems: ['suction', 'tube-gastric'] }),
    makeResource({ type: 'short-stay-welfare', municipalityCode: '142018', acceptsCareItems: ['oxygen'], ageMin: 6 }),
  ]);

  it('lists, per municipality and need, the children no reachable resource takes, with the care nobody accepts', () => {
    const covered = child({ careItems: ['suction'] });
    const ventilated = child({ careItems: ['ventilator', 'suction'], name: '呼吸器の子' });
    const report = computeUnmetNeeds(index, [covered, ventilated], { needs: ['short-stay'] });
    expect(report.groups).toEqual([
      { municipalityCode: '142018', need: 'short-stay', needing: 2, unmet: [
        { id: ventilated.id, name: '呼吸器の子', age: 8, reason: { code: 'care', items: ['ventilator'] } },
      ] },
    ]);
  });

  it('tells apart no resource in reach, the wrong age and care only met by two resources together', () => {
    const report = computeUnmetNeeds(index, [
      child({ municipalityCode: '142051' }),
      child({ age: 3, careItems: ['oxygen'] }),
      child({ careItems: ['oxygen', 'suction'] }),
    ], { needs: ['short-stay'] });
    const reasons = report.groups.flatMap((g) => g.unmet.map((row) => row.reason.code));
    expect(reasons.sort()).toEqual(['care', 'care-combination', 'none-in-reach']);
  });

  it('applies needs by age, reports progress, and exports counts without names', () => {
    const seen: number[] = [];
    const report = computeUnmetNeeds(index, [child({ age: 3 }), child({ age: 10 })], undefined, (done) => seen.push(done));
    expect(report.groups.map((g) => g.need)).toEqual(['short-stay', 'home-nursing', 'day-development', 'after-school', 'consultation']);
    expect(seen.at(-1)).toBe(2);
    const csv = formatUnmetNeedsCsv(report, () => '横須賀市');
    expect(csv.split('\r\n')[2]).toBe('142018,横須賀市,訪問看護,2,2,100,,2,0');
    expect(csv).not.toContain('試験');
  });

  it('answers per child through the judge the report is built on', () => {
    const judgeChild = createUnmetNeedsJudge(index, { needs: ['short-stay', 'after-school'] });
    expect(judgeChild(child({ careItems: ['ventilator'] }))).toEqual([
      { need: 'short-stay', city: '142018', reason: { code: 'care', items: ['ventilator'] } },
      { need: 'after-school', city: '142018', reason: { code: 'none-in-reach' } },
    ]);
    expect(judgeChild(child({ age: 2, careItems: ['suction'] }))).toEqual([{ need: 'short-stay', city: '142018', reason: null }]);
  });
});
