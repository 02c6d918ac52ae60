import type { Resource } from '../schema/resource.ts';
import type { DisasterRow } from './disaster-row.ts';
import { normalizeForSearch } from './search-text.ts';

export type FacilityAssignment = { resource: Resource; children: DisasterRow[] };

const FACILITY_TYPES: ReadonlySet<Resource['type']> = new Set(['welfare-shelter', 'hospital']);

/** The child is assigned to the facility by the 個別避難計画's destination name or a care-team link. */
function isAssigned(child: DisasterRow, resource: Resource, name: string): boolean {
  if (child.destination && child.destination !== 'home' && child.destinationName !== '' && normalizeForSearch(child.destinationName) === name) return true;
  return child.facilityIds.includes(resource.id);
}

/**
 * 福祉避難所 and hospitals of the affected areas (and any elsewhere a child is assigned to), each with the
 * children assigned to it; facilities with children first.
 */
export function assignFacilities(resources: readonly Resource[], children: readonly DisasterRow[], areas: readonly string[]): FacilityAssignment[] {
  const result: FacilityAssignment[] = [];
  for (const resource of resources) {
    if (resource.deleted || !FACILITY_TYPES.has(resource.type)) continue;
    const name = normalizeForSearch(resource.name);
    const assigned = children.filter((child) => isAssigned(child, resource, name));
    if (assigned.length > 0 || areas.includes(resource.municipalityCode)) result.push({ resource, children: assigned });
  }
  return result.sort((a, b) => b.children.length - a.children.length || a.resource.name.localeCompare(b.resource.name, 'ja'));
}
