import { describe, expect, it } from 'vitest';
import { ADJACENCY_CODES, isNeighbour, neighboursOf, toCityCode } from '../../../src/domain/adjacency.ts';
import { CENTROID_CODES, centroidOf, haversineKm } from '../../../src/domain/geo.ts';
import { findMunicipality } from '../../../src/domain/municipalities.ts';
import { isValidMunicipalityCode } from '../../../src/schema/municipality-code.ts';

describe('the adjacency and centroid tables', () => {
  it('use only real municipality codes', () => {
    for (const code of [...ADJACENCY_CODES, ...CENTROID_CODES]) {
      expect(isValidMunicipalityCode(code), code).toBe(true);
      expect(findMunicipality(code), code).toBeDefined();
    }
  });

  it('are symmetric and know the Yokosuka–Miura area', () => {
    expect(neighboursOf('142107')).toEqual(['142018']);
    expect(isNeighbour('143014', '142085')).toBe(true);
    expect(isNeighbour('142085', '143014')).toBe(true);
    expect(isNeighbour('142107', '142042')).toBe(false);
    expect(toCityCode('141089')).toBe('141003');
  });

  it('puts Miura about 16 km from Yokosuka as the crow flies', () => {
    expect(haversineKm(centroidOf('142018')!, centroidOf('142107')!)).toBeCloseTo(16, 0);
  });
});
