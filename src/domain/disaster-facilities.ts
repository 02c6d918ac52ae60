import type { Resource } from '../schema/resource.ts';
import type { DisasterRow } from './disaster-row.ts';
import { normalizeForSearch } from './search-text.ts';

/**
 * A facility and the listed children tied to it: `evacuating`, whose 個別避難計画 names it as where they go;
 * `careTeam`, linked from their care team (a hospital they attend, 主治医) but not evacuating there. A shelter
 * preparing beds needs the first; the second are children the hospital knows.
 */
export type FacilityAssignment = { resource: Resource; evacuating: DisasterRow[]; careTeam: DisasterRow[] };

const FACILITY_TYPES: ReadonlySet<Resource['type']> = new Set(['welfare-shelter', 'hospital']);

/** The children by where they are tied: the 個別避難計画's destination name (folded), and care-team links. */
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

/** The children evacuating to the facility (by the plan's name) and, apart, those only linked from a care team. */
function assignedTo(children: readonly DisasterRow[], index: AssignmentIndex, resource: Resource): Omit<FacilityAssignment, 'resource'> {
  const byName = index.byName.get(normalizeForSearch(resource.name)) ?? [];
  const evacuating = new Set(byName);
  const byLink = (index.byResource.get(resource.id) ?? []).filter((i) => !evacuating.has(i));
  return { evacuating: byName.map((i) => children[i]!), careTeam: byLink.map((i) => children[i]!) };
}

/**
 * 福祉避難所 and hospitals of the affected areas (and any elsewhere a child is tied to), each with the children
 * evacuating to it and, apart, those its care-team link ties to it; most evacuating first.
 */
export function assignFacilities(resources: readonly Resource[], children: readonly DisasterRow[], areas: readonly string[]): FacilityAssignment[] {
  const index = indexChildren(children);
  const result: FacilityAssignment[] = [];
  for (const resource of resources) {
    if (resource.deleted || !FACILITY_TYPES.has(resource.type)) continue;
    const { evacuating, careTeam } = assignedTo(children, index, resource);
    if (evacuating.length + careTeam.length > 0 || areas.includes(resource.municipalityCode)) result.push({ resource, evacuating, careTeam });
  }
  return result.sort((a, b) => b.evacuating.length - a.evacuating.length || b.careTeam.length - a.careTeam.length
    || a.resource.name.localeCompare(b.resource.name, 'ja'));
}
