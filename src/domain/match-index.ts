import type { Resource, ResourceType } from '../schema/resource.ts';
import { neighboursOf, toCityCode } from './adjacency.ts';
import { toCareMask } from './care-mask.ts';
import type { Point } from './geo.ts';

// Precomputed once per directory change, so one match is a scan of plain numbers and one unmet-needs run
// looks candidates up by (type, city) instead of scanning the whole directory per child.

export type PreparedResource = {
  resource: Resource;
  accepts: number;
  nurseOnly: number;
  city: string;
  /** Cities named in serviceArea (and the resource's own). */
  serves: ReadonlySet<string>;
  point: Point | null;
  dayMask: number;
  /** vacancyConfirmedAt as epoch milliseconds (parsed once, not per match). */
  confirmedMs: number | null;
};

export type MatchIndex = {
  byType: ReadonlyMap<ResourceType, readonly PreparedResource[]>;
  size: number;
  /** Resources of `type` a child living in `city` can reach; cached per key. */
  reachable(type: ResourceType, city: string, includeNeighbours: boolean): readonly PreparedResource[];
};

const DAY_BITS = { mon: 1, tue: 2, wed: 4, thu: 8, fri: 16, sat: 32, sun: 64, holiday: 128 } as const;
export const toDayMask = (days: readonly (keyof typeof DAY_BITS)[]) => days.reduce((mask, day) => mask | DAY_BITS[day], 0);

function prepare(resource: Resource): PreparedResource {
  const city = toCityCode(resource.municipalityCode);
  const hasPoint = resource.lat !== null && resource.lng !== null;
  return {
    resource,
    accepts: toCareMask(resource.acceptsCareItems),
    nurseOnly: toCareMask(resource.nurseOnlyItems),
    city,
    serves: new Set([city, ...resource.serviceArea.map(toCityCode)]),
    point: hasPoint ? { lat: resource.lat!, lng: resource.lng! } : null,
    dayMask: toDayMask(resource.days),
    confirmedMs: resource.vacancyConfirmedAt ? Date.parse(resource.vacancyConfirmedAt) : null,
  };
}

/** Builds the index over the live (not deleted) resources. */
export function buildMatchIndex(resources: readonly Resource[]): MatchIndex {
  const byType = new Map<ResourceType, PreparedResource[]>();
  let size = 0;
  for (const resource of resources) {
    if (resource.deleted) continue;
    const list = byType.get(resource.type) ?? byType.set(resource.type, []).get(resource.type)!;
    list.push(prepare(resource));
    size += 1;
  }
  const cache = new Map<string, readonly PreparedResource[]>();
  function reachable(type: ResourceType, city: string, includeNeighbours: boolean) {
    const key = `${type}|${city}|${includeNeighbours ? 1 : 0}`;
    let found = cache.get(key);
    if (!found) {
      const near = new Set(includeNeighbours ? neighboursOf(city) : []);
      found = (byType.get(type) ?? []).filter((p) => p.serves.has(city) || near.has(p.city));
      cache.set(key, found);
    }
    return found;
  }
  return { byType, size, reachable };
}
