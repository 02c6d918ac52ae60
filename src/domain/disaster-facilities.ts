import type { Resource } from '../schema/resource.ts';
import type { DisasterRow } from './disaster-row.ts';
import { normalizeForSearch } from './search-text.ts';

export type FacilityAssignment = { resource: Resource; children: DisasterRow[] };

const FACILITY_TYPES: ReadonlySet<Resource['type']> = new Set(['welfare-shelter', 'hospital']);

/** The children by where they are assigned: the 個別避難計画's destination name (folded), or a care-team link. */
type AssignmentIndex = { byName: Map<string, number[]>; byResource: Map<string, number[]> };

function add(index: Map<string, number[]>, key: string, child: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [child]);
  else if (list.at(-1) !== child) list.push(child);
}

/** One pass over the children (each destination name folded once), so each facility is a lookup, not a scan. */
function indexChildren(children: readonly DisasterRow[]): AssignmentIndex {
  const index: AssignmentIndex = { byName: new Map(), byResource: new Map() };
  children.forEach((child, i) => {
    if (child.destination && child.destination !== 'home' && child.destinationName !== '') add(index.byName, normalizeForSearch(child.destinationName), i);
    for (const id of child.facilityIds) add(index.byResource, id, i);
  });
  return index;
}

/** The children assigned to the facility by name or by link, each once, in the order given. */
function assignedTo(children: readonly DisasterRow[], index: AssignmentIndex, resource: Resource): DisasterRow[] {
  const byName = index.byName.get(normalizeForSearch(resource.name)) ?? [];
  const byLink = index.byResource.get(resource.id) ?? [];
  const positions = byLink.length === 0 ? byName : byName.length === 0 ? byLink : [...new Set([...byName, ...byLink])].sort((a, b) => a - b);
  return positions.map((i) => children[i]!);
}

/**
 * 福祉避難所 and hospitals of the affected areas (and any elsewhere a child is assigned to), each with the
 * children assigned to it (by the 個別避難計画's destination name or a care-team link); facilities with children
 * first.
 */
export function assignFacilities(resources: readonly Resource[], children: readonly DisasterRow[], areas: readonly string[]): FacilityAssignment[] {
  const index = indexChildren(children);
  const result: FacilityAssignment[] = [];
  for (const resource of resources) {
    if (resource.deleted || !FACILITY_TYPES.has(resource.type)) continue;
    const assigned = assignedTo(children, index, resource);
    if (assigned.length > 0 || areas.includes(resource.municipalityCode)) result.push({ resource, children: assigned });
  }
  return result.sort((a, b) => b.children.length - a.children.length || a.resource.name.localeCompare(b.resource.name, 'ja'));
}
