import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../src/domain/match-index.ts';
import { matchResources } from '../../../src/domain/match-resources.ts';
import type { MatchChild, MatchRequest } from '../../../src/domain/match-types.ts';
import { CARE_OPTION_CODES } from '../../../src/schema/care-options.ts';
import { makeResource } from '../../fixtures/resources.ts';

const YOKOSUKA = '142018';
const ZUSHI = '142085';
const MIURA = '142107';
const HAYAMA = '143014';
const KANAZAWA_KU = '141089';
const TODAY = '2026-11-01';

const child = (overrides: Partial<MatchChild> = {}): MatchChild => ({ careItems: [], age: 8, municipalityCode: YOKOSUKA, ...overrides });
const request = (c: MatchChild, extra: Partial<MatchRequest> = {}): MatchRequest => ({ child: c, needs: ['short-stay'], today: TODAY, ...extra });

describe('matchResources', () => {
  it('never matches a ventilator child with a resource that does not accept ventilators', () => {
    const without = makeResource({ name: '呼吸器なし', acceptsCareItems: ['suction', 'tube-gastric'] });
    const withVent = makeResource({ name: '呼吸器あり', acceptsCareItems: ['ventilator', 'suction'] });
    const result = matchResources(buildMatchIndex([without, withVent]), request(child({ careItems: ['ventilator', 'suction'] })));
    expect(result.matches.map((m) => m.name)).toEqual(['呼吸器あり']);
    expect(result.nearMisses[0]).toMatchObject({ name: '呼吸器なし', missing: [{ code: 'care', items: ['ventilator'] }] });
  });

  it('only ever returns matches that accept every care item, for any directory and child', () => {
    const code = fc.constantFrom(...CARE_OPTION_CODES);
    const resource = fc.record({ accepts: fc.uniqueArray(code, { maxLength: 8 }), ageMax: fc.integer({ min: 0, max: 20 }) })
      .map(({ accepts, ageMax }) => makeResource({ acceptsCareItems: accepts, ageMax }));
    fc.assert(fc.property(fc.array(resource, { maxLength: 20 }), fc.uniqueArray(code, { maxLength: 4 }), fc.integer({ min: 0, max: 19 }),
      (resources, careItems, age) => {
        const { matches } = matchResources(buildMatchIndex(resources), request(child({ careItems, age })));
        const byId = new Map(resources.map((r) => [r.id, r]));
        return matches.every((m) => careItems.every((item) => byId.get(m.resourceId)!.acceptsCareItems.includes(item))
          && age <= byId.get(m.resourceId)!.ageMax);
      }));
  });

  it('keeps a resource outside the age range as a near miss naming the range', () => {
    const result = matchResources(buildMatchIndex([makeResource({ ageMin: 6, ageMax: 18 })]), request(child({ age: 3 })));
    expect(result.matches).toEqual([]);
    expect(result.nearMisses[0]?.missing).toEqual([{ code: 'age', min: 6, max: 18 }]);
  });

  it('marks a resource across the border and names the consent it needs', () => {
    const serving = makeResource({ municipalityCode: YOKOSUKA, serviceArea: [MIURA] });
    const [match] = matchResources(buildMatchIndex([serving]), request(child({ municipalityCode: MIURA }))).matches;
    expect(match).toMatchObject({ reach: 'serves', crossBorder: true, consent: { municipalityCode: YOKOSUKA, status: 'needed' } });
  });

  it('counts a provide-consent in force for that municipality, and not an expired one', () => {
    const resource = makeResource({ municipalityCode: ZUSHI });
    const consent = { kind: 'provide' as const, areas: [ZUSHI], date: '2025-04-01', expiresAt: null, withdrawnAt: null };
    const given = matchResources(buildMatchIndex([resource]), request(child({ municipalityCode: HAYAMA, consents: [consent] })));
    expect(given.matches[0]?.consent).toEqual({ municipalityCode: ZUSHI, status: 'given', since: '2025-04-01' });
    const expired = { ...consent, expiresAt: '2026-01-31' };
    const needed = matchResources(buildMatchIndex([resource]), request(child({ municipalityCode: HAYAMA, consents: [expired] })));
    expect(needed.matches[0]?.consent?.status).toBe('needed');
  });

  it('reaches a neighbouring town, not a distant one, and not a neighbour when told to stay inside', () => {
    const zushi = makeResource({ municipalityCode: ZUSHI });
    const index = buildMatchIndex([zushi]);
    expect(matchResources(index, request(child({ municipalityCode: HAYAMA }))).matches[0]?.reach).toBe('neighbour');
    expect(matchResources(index, request(child({ municipalityCode: MIURA }))).nearMisses[0]?.missing).toEqual([{ code: 'area' }]);
    const inside = request(child({ municipalityCode: HAYAMA }), { limits: { includeNeighbours: false } });
    expect(matchResources(index, inside).matches).toEqual([]);
  });

  it('treats a Yokohama ward as Yokohama, next door to Yokosuka', () => {
    const [match] = matchResources(buildMatchIndex([makeResource()]), request(child({ municipalityCode: KANAZAWA_KU }))).matches;
    expect(match).toMatchObject({ reach: 'neighbour', crossBorder: true });
  });

  it('ranks a recently confirmed vacancy above a recently confirmed full house', () => {
    const full = makeResource({ name: '満床', vacancy: 0, vacancyConfirmedAt: '2026-10-30' });
    const open = makeResource({ name: '空きあり', vacancy: 2, vacancyConfirmedAt: '2026-10-28' });
    const { matches } = matchResources(buildMatchIndex([full, open]), request(child()));
    expect(matches.map((m) => m.name)).toEqual(['空きあり', '満床']);
    expect(matches[1]?.reasons).toContainEqual({ code: 'full', confirmedAt: '2026-10-30', daysAgo: 2 });
  });

  it('turns "vacancy required" and opening days into hard limits', () => {
    const full = makeResource({ vacancy: 0 });
    const limited = request(child(), { limits: { requireVacancy: true, days: ['sat'] } });
    const [miss] = matchResources(buildMatchIndex([full]), limited).nearMisses;
    expect(miss?.missing).toEqual([{ code: 'vacancy' }, { code: 'days', days: ['sat'] }]);
  });

  it('notes care items the resource handles only with its nurses', () => {
    const resource = makeResource({ acceptsCareItems: ['ventilator', 'suction'], nurseOnlyItems: ['ventilator'] });
    const [match] = matchResources(buildMatchIndex([resource]), request(child({ careItems: ['ventilator', 'suction'] }))).matches;
    expect(match?.nurseOnly).toEqual(['ventilator']);
  });

  it('does not ask a consultation office to accept care items', () => {
    const office = makeResource({ type: 'consultation', acceptsCareItems: [] });
    const result = matchResources(buildMatchIndex([office]), request(child({ careItems: ['ventilator'] }), { needs: ['consultation'] }));
    expect(result.matches).toHaveLength(1);
  });

  it('ignores deleted resources and types the child does not need', () => {
    const gone = makeResource({ deleted: true });
    const other = makeResource({ type: 'after-school' });
    expect(matchResources(buildMatchIndex([gone, other]), request(child())).considered).toBe(0);
  });
});
