import { neighboursOf, toCityCode } from './adjacency.ts';
import { toCareMask } from './care-mask.ts';
import { centroidOf } from './geo.ts';
import { evaluateResource, type ChildContext } from './match-evaluate.ts';
import { toDayMask, type MatchIndex } from './match-index.ts';
import type { MatchItem, MatchRequest, MatchResult } from './match-types.ts';
import { SERVICE_NEEDS } from './service-needs.ts';

const MAX_RESULTS = 50;
const MAX_NEAR_MISSES = 10;
/** A near miss lacks at most this many hard conditions; more is simply not a fit. */
const NEAR_MISS_LIMIT = 2;

export function toChildContext(request: MatchRequest): ChildContext {
  const { child, limits = {} } = request;
  const city = toCityCode(child.municipalityCode);
  const home = child.location ?? null;
  return {
    request,
    careMask: toCareMask(child.careItems),
    city,
    neighbours: new Set(neighboursOf(city)),
    point: home ?? centroidOf(city),
    isPointApproximate: home === null,
    dayMask: toDayMask(limits.days ?? []),
    todayMs: Date.parse(request.today),
    limits: {
      includeNeighbours: limits.includeNeighbours ?? true,
      requireVacancy: limits.requireVacancy ?? false,
      maxDistanceKm: limits.maxDistanceKm ?? null,
    },
  };
}

const collator = new Intl.Collator('ja');
const byScore = (a: MatchItem, b: MatchItem) => b.score - a.score || collator.compare(a.name, b.name);
/** How much is lacking: each care item not accepted counts, so 「呼吸器」 alone is nearer than 「呼吸器、気切、注入ポンプ」. */
const lackingCount = (item: MatchItem) => item.missing.reduce((n, m) => n + (m.code === 'care' ? m.items.length : 1), 0);
const byNearness = (a: MatchItem, b: MatchItem) =>
  a.missing.length - b.missing.length || lackingCount(a) - lackingCount(b) || byScore(a, b);

/**
 * Ranks the directory for one child: resources meeting every hard condition (care items, age, reach and the
 * request's limits) by score, then near misses with what they lack. Pure; runs in the matching worker.
 */
export function matchResources(index: MatchIndex, request: MatchRequest): MatchResult {
  const ctx = toChildContext(request);
  const types = new Set(request.needs.flatMap((need) => SERVICE_NEEDS[need].types));
  const matches: MatchItem[] = [];
  const nearMisses: MatchItem[] = [];
  let considered = 0;
  for (const type of types) {
    for (const prepared of index.byType.get(type) ?? []) {
      considered += 1;
      const item = evaluateResource(prepared, ctx, NEAR_MISS_LIMIT);
      if (!item) continue;
      if (item.missing.length === 0) matches.push(item);
      else nearMisses.push(item);
    }
  }
  return {
    matches: matches.sort(byScore).slice(0, request.limits?.maxResults ?? MAX_RESULTS),
    nearMisses: nearMisses.sort(byNearness).slice(0, request.limits?.maxNearMisses ?? MAX_NEAR_MISSES),
    considered,
  };
}
