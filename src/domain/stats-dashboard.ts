import type { Case } from '../schema/case.ts';
import type { Resource } from '../schema/resource.ts';
import { computeStats, type StatsVisit } from './stats.ts';
import { exactReport, publishReport, type PublishedReport } from './stats-publish.ts';
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

/**
 * The coordinator's own figures: exact for their screen (they see these cases anyway), suppressed for every
 * print and CSV. Never used for the server's answer.
 */
export function buildDeviceStats(input: DashboardInput): { report: PublishedReport; exact: PublishedReport } {
  const { cases, visits, resources, asOf } = input;
  const raw = computeStats({ cases, visits, asOf, unmetNeeds: unmetNeedsForStats(resources) });
  return { report: publishReport(raw), exact: exactReport(raw) };
}
