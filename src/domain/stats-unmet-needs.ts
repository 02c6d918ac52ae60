import type { Resource } from '../schema/resource.ts';
import { buildMatchIndex } from './match-index.ts';
import { DEFAULT_NEEDS, type ServiceNeed } from './service-needs.ts';
import type { StatsInput } from './stats.ts';
import { createUnmetNeedsJudge } from './unmet-needs.ts';

// "Unmet needs by service type" for the statistics, by the resource matching's own rule (unmet-needs.ts: no
// reachable resource of the need's types takes the child's age and care items). Only counts leave here.

/** The default needs as columns; `findAll` judges each counted child once against one index of the directory. */
export function unmetNeedsForStats(resources: readonly Resource[]): StatsInput['unmetNeeds'] {
  return {
    columns: DEFAULT_NEEDS,
    findAll(counted) {
      const judge = createUnmetNeedsJudge(buildMatchIndex(resources), { needs: DEFAULT_NEEDS });
      const byChild = new Map<string, ServiceNeed[]>();
      for (const { child, age } of counted) {
        const verdicts = judge({ municipalityCode: child.municipalityCode, age, careItems: child.careItems.map((s) => s.option) });
        const unmet = verdicts.filter((v) => v.reason !== null).map((v) => v.need);
        if (unmet.length > 0) byChild.set(child.id, unmet);
      }
      return byChild;
    },
  };
}
