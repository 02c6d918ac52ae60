import { describe, expect, it } from 'vitest';
import { centroidOf, haversineKm, type Point } from '../../../src/domain/geo.ts';
import { municipalityName } from '../../../src/domain/municipalities.ts';
import { MunicipalityCodeSchema } from '../../../src/schema/municipality-code.ts';
import type { Resource } from '../../../src/schema/resource.ts';
import { generateDemoCases } from '../../../server/seed/demo-cases.ts';
import { generateDemoResources } from '../../../server/seed/demo-resources.ts';
import { DEMO_MUNICIPALITIES, type DemoMunicipality } from '../../../server/seed/places.ts';
import type { DemoTown } from '../../../server/seed/towns.ts';

const today = '2026-04-01';
const resources = generateDemoResources(160, 20_240_402, { today });
const bench = generateDemoResources(5000, 8, { today });
const cases = generateDemoCases(600, 7, { today });

/** How far from its city hall a place of each municipality can be (the farthest 丁目 plus slack), in km. */
const MAX_FROM_HALL_KM: Record<string, number> = { '142018': 11, '142042': 7, '142085': 5, '142107': 8, '143014': 5 };

const ALL_POINTS = DEMO_MUNICIPALITIES.flatMap((m) => m.towns.flatMap((t) => t.points.map(([lat, lng]) => ({ code: m.code, lat, lng }))));

/** The town and 丁目 an address names, e.g. 横須賀市久里浜5丁目3-2 → 久里浜, 5. */
function townOf(home: DemoMunicipality, address: string): { town: DemoTown; point: Point } {
  expect(address.startsWith(home.name)).toBe(true);
  const rest = address.slice(home.name.length);
  const town = home.towns.find((t) => rest.startsWith(t.name) && /^\d/.test(rest.slice(t.name.length)))!;
  expect(town, address).toBeDefined();
  const chome = /^(\d+)丁目/.exec(rest.slice(town.name.length));
  expect(Boolean(chome), address).toBe(town.banchi === undefined);
  const [lat, lng] = town.points[chome ? Number(chome[1]) - 1 : 0]!;
  return { town, point: { lat, lng } };
}

function expectInItsMunicipality(resource: Resource) {
  const home = DEMO_MUNICIPALITIES.find((m) => m.code === resource.municipalityCode)!;
  const at = { lat: resource.lat!, lng: resource.lng! };
  const { town, point } = townOf(home, resource.address);
  expect(haversineKm(at, point) * 1000, resource.address).toBeLessThanOrEqual(town.radiusM + 2);
  const nearest = ALL_POINTS.reduce((best, p) => (haversineKm(at, p) < haversineKm(at, best) ? p : best));
  expect(nearest.code, resource.address).toBe(home.code);
  expect(haversineKm(at, centroidOf(home.code)!), resource.address).toBeLessThanOrEqual(MAX_FROM_HALL_KM[home.code]!);
}

describe('demo places', () => {
  it('uses real municipality codes whose names match the national list', () => {
    for (const { code, name } of DEMO_MUNICIPALITIES) {
      expect(MunicipalityCodeSchema.safeParse(code).success).toBe(true);
      expect(municipalityName(code)).toBe(name);
    }
  });

  it('puts every resource in the 丁目 its address names, inside its own municipality, near its city hall', () => {
    for (const resource of resources) expectInItsMunicipality(resource);
    for (const resource of bench.slice(0, 1000)) expectInItsMunicipality(resource);
  });

  it('spreads each municipality’s resources over its towns rather than one spot', () => {
    for (const { code } of DEMO_MUNICIPALITIES) {
      const own = bench.filter((r) => r.municipalityCode === code);
      expect(new Set(own.map((r) => `${r.lat},${r.lng}`)).size).toBeGreaterThan(own.length * 0.95);
      const spanKm = Math.max(...own.map((a) => haversineKm({ lat: a.lat!, lng: a.lng! }, { lat: own[0]!.lat!, lng: own[0]!.lng! })));
      expect(spanKm).toBeGreaterThan(1.5);
    }
  });

  it('gives no two resources the same name, in the demo and at the bench’s 5,000', () => {
    expect(new Set(resources.map((r) => r.name)).size).toBe(resources.length);
    expect(resources.filter((r) => /第\d+事業所/.test(r.name))).toEqual([]);
    expect(new Set(bench.map((r) => r.name)).size).toBe(bench.length);
  });

  it('gives each child the postcode of the town in their address', () => {
    for (const child of cases) {
      const home = DEMO_MUNICIPALITIES.find((m) => m.code === child.municipalityCode)!;
      expect(child.postcode, child.address).toBe(townOf(home, child.address).town.postcode);
    }
  });

  it('writes phone numbers with the municipality’s 市外局番 and ten digits (mobiles eleven)', () => {
    const areaOf = (code: string) => (code === '142042' ? '0467-' : '046-');
    for (const r of resources) expect(r.phone.startsWith(areaOf(r.municipalityCode)), r.phone).toBe(true);
    for (const child of cases) {
      expect(child.phone.startsWith(areaOf(child.municipalityCode)), child.phone).toBe(true);
      for (const { phone } of [...child.guardians, ...child.emergencyContacts]) expect(phone).toMatch(/^0[789]0-0000-\d{4}$/);
    }
    for (const phone of [...resources.map((r) => r.phone), ...cases.map((c) => c.phone)]) {
      expect(phone).toMatch(/^0\d{2,3}-0\d{1,2}-\d{4}$/);
      expect(phone.replace(/-/g, '')).toHaveLength(10);
    }
  });
});
