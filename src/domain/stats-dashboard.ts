import type { Case } from '../schema/case.ts';
import type { Resource } from '../schema/resource.ts';
import { computeStats, type StatsVisit } from './stats.ts';
import { publishReport, type PublishedReport } from './stats-publish.ts';
import { unmetNeedsForStats } from './stats-unmet-needs.ts';

export type DashboardInput = {
  cases: readonly Case[];
  visits: readonly StatsVisit[];
  resources: readonly Resource[];
  asOf: string;
};

/** Every figure of the dashboard, suppressed for publication: what the stats worker and GET /api/stats return. */
export function buildPublishedStats({ cases, visits, resources, asOf }: DashboardInput): PublishedReport {
  return publishReport(computeStats({ cases, visits, asOf, unmetNeeds: unmetNeedsForStats(resources) }));
}
