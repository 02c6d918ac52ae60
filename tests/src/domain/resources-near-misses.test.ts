import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../src/domain/match-index.ts';
import { matchResources } from '../../../src/domain/match-resources.ts';

import { makeResource } from '../../fixtures/resources.ts';

describe('matchResources near misses', () => {
  it('lists first the one lacking fewer of the child’s care items, even when it ranks lower otherwise', () => {
    // Nearer, open and in the child's city, but takes none of the ventilator child's three items.
    const lacksThree = makeResource({ name: '三つ足りない', acceptsCareItems: ['suction'], pickUp: true, vacancy: 2 });
    // Farther (a neighbouring town) and full, but lacks only the ventilator.
    const lacksOne = makeResource({ name: '呼吸器だけ足りない', municipalityCode: '142085', acceptsCareItems: ['tracheostomy', 'tube-pump', 'suction'], vacancy: 0 });
    const child = { careItems: ['ventilator', 'tracheostomy', 'tube-pump'] as const, age: 6, municipalityCode: '142018' };
    const { nearMisses } = matchResources(buildMatchIndex([lacksThree, lacksOne]), { child, needs: ['short-stay'], today: '2026-11-01' });
    expect(nearMisses.map((m) => m.name)).toEqual(['呼吸器だけ足りない', '三つ足りない']);
  });
});
