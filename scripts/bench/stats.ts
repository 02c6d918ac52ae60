import { performance } from 'node:perf_hooks';
import { generateDemoCases } from '../../server/seed/demo-cases.ts';
import { generateDemoResources } from '../../server/seed/demo-resources.ts';
import { generateDemoVisits } from '../../server/seed/demo-visits.ts';
import { buildPublishedStats } from '../../src/domain/stats-dashboard.ts';

export type StatsBenchOptions = { cases?: number; resources?: number; runs?: number; seed?: number; today?: string };
export type StatsBenchResult = {
  stats_10k_ms: number;
  samples_ms: number[];
  /** Median process CPU time per run (all threads, GC included): a check when the machine is busy. */
  cpu_ms: number;
  cases: number;
  visits: number;
  resources: number;
};

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * `stats_10k_ms`: the whole statistics dashboard (every figure, unmet needs, suppression) — the function the
 * stats worker runs — over generated demo data: 10,000 cases, their visits and 500 resources by default.
 * Median of `runs` (default 7) after one warm-up run; Node, no browser.
 */
export async function measureStats10k(options: StatsBenchOptions = {}): Promise<StatsBenchResult> {
  const { cases: n = 10_000, resources: r = 500, runs = 7, seed = 20260510, today = new Date().toISOString().slice(0, 10) } = options;
  const cases = generateDemoCases(n, seed, { today });
  const visits = generateDemoVisits(cases, seed + 1, { today });
  const resources = generateDemoResources(r, seed + 2, { today });
  const input = { cases, visits, resources, asOf: today };
  buildPublishedStats(input);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [started, cpuBefore] = [performance.now(), process.cpuUsage()];
    buildPublishedStats(input);
    const used = process.cpuUsage(cpuBefore);
    samples.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    stats_10k_ms: round(median(samples)), samples_ms: samples.map(round), cpu_ms: round(median(cpu)),
    cases: n, visits: visits.length, resources: r,
  };
}
