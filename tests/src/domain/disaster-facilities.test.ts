import { describe, expect, it } from 'vitest';
import { assignFacilities } from '../../../src/domain/disaster-facilities.ts';
import type { DisasterRow } from '../../../src/domain/disaster-row.ts';
import { normalizeForSearch } from '../../../src/domain/search-text.ts';
import type { Resource } from '../../../src/schema/resource.ts';
import { makeResource } from '../../fixtures/resources.ts';

function child(id: string, overrides: Partial<DisasterRow> = {}): DisasterRow {
  return {
    id, name: `試験 ${id}`, nameKana: '', birthDate: '2018-04-02', municipalityCode: '142018', address: '', careOptions: [],
    poweredDevices: [], destination: null, destinationName: '', facilityIds: [], firstContact: null, ...overrides,
  };
}

/** The definition, one facility and one child at a time. */
function reference(resources: readonly Resource[], children: readonly DisasterRow[], areas: readonly string[]) {
  return resources
    .filter((r) => !r.deleted && (r.type === 'welfare-shelter' || r.type === 'hospital'))
    .map((resource) => {
      const goesThere = (c: DisasterRow) => c.destination !== null && c.destination !== 'home' && c.destinationName !== ''
        && normalizeForSearch(c.destinationName) === normalizeForSearch(resource.name);
      return {
        resource,
        evacuating: children.filter(goesThere),
        careTeam: children.filter((c) => !goesThere(c) && c.facilityIds.includes(resource.id)),
      };
    })
    .filter(({ resource, evacuating, careTeam }) => evacuating.length + careTeam.length > 0 || areas.includes(resource.municipalityCode))
    .sort((a, b) => b.evacuating.length - a.evacuating.length || b.careTeam.length - a.careTeam.length
      || a.resource.name.localeCompare(b.resource.name, 'ja'));
}

describe('assignFacilities', () => {
  const shelter = makeResource({ name: '逗子福祉避難所（ナギサ園）', type: 'welfare-shelter', municipalityCode: '142085' });
  const hospital = makeResource({ name: '横須賀こども病院', type: 'hospital' });
  const elsewhere = makeResource({ name: '鎌倉病院', type: 'hospital', municipalityCode: '142042' });
  const stay = makeResource({ name: 'ショートステイ', type: 'short-stay-medical' });

  it('counts as evacuating those whose plan names the facility (width and kana folded), and apart those only its care-team link ties to it, each once, in order', () => {
    const children = [
      child('a', { destination: 'welfare-shelter', destinationName: '逗子福祉避難所（ナギサ園）' }),
      child('b', { destination: 'hospital', destinationName: '横須賀こども病院', facilityIds: [hospital.id, hospital.id] }),
      child('c', { destination: 'home', destinationName: '逗子福祉避難所（ナギサ園）' }),
      child('d', { facilityIds: [hospital.id] }),
      child('e', { destination: 'welfare-shelter', destinationName: '逗子福祉避難所 (ﾅｷﾞｻ園)' }),
      child('f', { destination: 'other', destinationName: '鎌倉病院', facilityIds: [hospital.id] }),
    ];
    const result = assignFacilities([stay, elsewhere, hospital, shelter], children, ['142018']);
    // 横須賀こども病院 knows d and f through their care team, but only b evacuates there: a shelter or a ward
    // preparing beds must not read three.
    expect(result.map(({ resource, evacuating, careTeam }) => [resource.name, evacuating.map((c) => c.id), careTeam.map((c) => c.id)])).toEqual([
      ['逗子福祉避難所（ナギサ園）', ['a', 'e'], []],
      ['横須賀こども病院', ['b'], ['d', 'f']],
      ['鎌倉病院', ['f'], []],
    ]);
  });

  it('keeps a facility of the area with nobody assigned, drops one elsewhere with nobody', () => {
    expect(assignFacilities([hospital, elsewhere], [], ['142018']).map((f) => f.resource.name)).toEqual(['横須賀こども病院']);
  });

  it('matches the one-by-one definition on many children and facilities', () => {
    const facilities = Array.from({ length: 40 }, (_, i) => makeResource({
      name: `施設${i % 30}`, type: i % 3 === 0 ? 'hospital' : i % 3 === 1 ? 'welfare-shelter' : 'short-stay-medical',
      municipalityCode: i % 2 ? '142018' : '142085', deleted: i === 7,
    }));
    const destinations = ['home', 'welfare-shelter', 'hospital', 'other', null] as const;
    const children = Array.from({ length: 500 }, (_, i) => child(`c${i}`, {
      destination: destinations[i % 5]!, destinationName: i % 4 === 0 ? '' : `施設${(i * 7) % 35}`,
      facilityIds: i % 6 === 0 ? [facilities[(i * 11) % 40]!.id] : [],
    }));
    expect(assignFacilities(facilities, children, ['142018'])).toEqual(reference(facilities, children, ['142018']));
  });
});
