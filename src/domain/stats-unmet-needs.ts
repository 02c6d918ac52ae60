import type { Resource } from '../schema/resource.ts';
import { buildMatchIndex } from './match-index.ts';
import { DEFAULT_NEEDS, type ServiceNeed } from './service-needs.ts';
import type { StatsInput } from './stats.ts';
import { computeUnmetNeeds } from './unmet-needs.ts';

// The statistics' "unmet needs by service type" column set and per-child answer, from the resource matching's
// own unmet-needs rule (unmet-needs.ts: no reachable resource of the need's types takes the child's age and
// care items). Only counts leave this function; the matching report's names stay here.

/** The default needs as columns; `findAll` runs the matching's unmet-needs check over the counted children once. */
export function unmetNeedsForStats(resources: readonly Resource[]): StatsInput['unmetNeeds'] {
  return {
    columns: DEFAULT_NEEDS,
    findAll(counted) {
      const children = counted.map(({ child, age }) => ({
        id: child.id, name: '', municipalityCode: child.municipalityCode, age, careItems: child.careItems.map((s) => s.option),
      }));
      const report = computeUnmetNeeds(buildMatchIndex(resources), children, { needs: DEFAULT_NEEDS });
      const byChild = new Map<string, ServiceNeed[]>();
      for (const group of report.groups) {
        for (const row of group.unmet) (byChild.get(row.id) ?? byChild.set(row.id, []).get(row.id)!).push(group.need);
      }
      return byChild;
    },
  };
}
