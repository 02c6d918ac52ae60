import type { Case } from '../schema/case.ts';
import type { Resource } from '../schema/resource.ts';
import { isCountedChild } from './age-bands.ts';
import { ageOn } from './dates.ts';
import { buildMatchIndex } from './match-index.ts';
import { DEFAULT_NEEDS, type ServiceNeed } from './service-needs.ts';
import type { StatsInput } from './stats.ts';
import { computeUnmetNeeds } from './unmet-needs.ts';

// The statistics' "unmet needs by service type" column set and per-child answer, from the resource matching's
// own unmet-needs rule (unmet-needs.ts: no reachable resource of the need's types takes the child's age and
// care items). Only counts leave this function; the matching report's names stay here.

/** Runs the matching's unmet-needs check over the counted children once; `find` then answers per child. */
export function unmetNeedsForStats(resources: readonly Resource[], cases: readonly Case[], asOf: string): StatsInput['unmetNeeds'] {
  const children = cases
    .filter((c) => !c.deleted && isCountedChild(c.birthDate, c.school, asOf))
    .map((c) => ({ id: c.id, name: '', municipalityCode: c.municipalityCode, age: ageOn(c.birthDate, asOf), careItems: c.careItems.map((s) => s.option) }));
  const report = computeUnmetNeeds(buildMatchIndex(resources), children, { needs: DEFAULT_NEEDS });
  const byChild = new Map<string, ServiceNeed[]>();
  for (const group of report.groups) {
    for (const row of group.unmet) byChild.set(row.id, [...(byChild.get(row.id) ?? []), group.need]);
  }
  return { columns: DEFAULT_NEEDS, find: (child) => byChild.get(child.id) ?? [] };
}
