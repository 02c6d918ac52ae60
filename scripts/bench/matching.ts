// Matching budgets (DESIGN.md §6) measured in Node on the demo generators: the pure functions the resource
// worker runs. `match_one_child_5k_ms` is one child against the directory with the index already built (the
// worker keeps it between requests); `unmet_needs_ms` is the whole report from records, index build included.
import { generateDemoCases } from '../../server/seed/demo-cases.ts';
import { generateDemoResources } from '../../server/seed/demo-resources.ts';
import { toMatchChild, toUnmetChild } from '../../src/domain/match-child.ts';
import { buildMatchIndex } from '../../src/domain/match-index.ts';
import { matchResources } from '../../src/domain/match-resources.ts';
import { DEFAULT_NEEDS } from '../../src/domain/service-needs.ts';
import { computeUnmetNeeds } from '../../src/domain/unmet-needs.ts';

export type MatchingOptions = { cases?: number; resources?: number; seed?: number; matchRuns?: number; unmetRuns?: number };
export type MatchingMeasures = {
  match_one_child_5k_ms: number;
  unmet_needs_ms: number;
  /** Building the index once (the worker's first request pays it). */
  match_index_build_ms: number;
  samples: { match: number[]; unmet: number[] };
};

const WARM_UP = 5;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function measureMatching(options: MatchingOptions = {}): MatchingMeasures {
  const { cases: caseCount = 10_000, resources: resourceCount = 5_000, seed = 20261101, matchRuns = 21, unmetRuns = 3 } = options;
  const today = '2026-11-01';
  const resources = generateDemoResources(resourceCount, seed, { today });
  const cases = generateDemoCases(caseCount, seed + 1, { today });

  let started = performance.now();
  const index = buildMatchIndex(resources);
  const buildMs = performance.now() - started;

  const needs = ['short-stay', 'after-school', 'day-development', 'home-nursing'] as const;
  const match: number[] = [];
  // The worker answers many requests; the first few (JIT warm-up) are not what a coordinator waits for.
  for (let run = -WARM_UP; run < matchRuns; run++) {
    const child = toMatchChild(cases[(run + WARM_UP) % cases.length]!, today);
    started = performance.now();
    matchResources(index, { child, needs, today });
    if (run >= 0) match.push(performance.now() - started);
  }

  const unmet: number[] = [];
  for (let run = 0; run < unmetRuns; run++) {
    started = performance.now();
    const fresh = buildMatchIndex(resources);
    computeUnmetNeeds(fresh, cases.map((record) => toUnmetChild(record, today)), { needs: DEFAULT_NEEDS });
    unmet.push(performance.now() - started);
  }
  return { match_one_child_5k_ms: median(match), unmet_needs_ms: median(unmet), match_index_build_ms: buildMs, samples: { match, unmet } };
}
