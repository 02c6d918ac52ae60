import { fromCareMask } from './care-mask.ts';
import { consentForBorder } from './cross-border.ts';
import { haversineKm, type Point } from './geo.ts';
import { toDayMask, type PreparedResource } from './match-index.ts';
import type { MatchItem, MatchLimits, MatchRequest, Missing, Reach, SoftReason } from './match-types.ts';
import { checksCareItems } from './service-needs.ts';

/** Everything about the child computed once per request, not once per resource. */
export type ChildContext = {
  request: MatchRequest;
  careMask: number;
  city: string;
  neighbours: ReadonlySet<string>;
  point: Point | null;
  isPointApproximate: boolean;
  dayMask: number;
  todayMs: number;
  limits: Required<Pick<MatchLimits, 'includeNeighbours' | 'requireVacancy'>> & { maxDistanceKm: number | null };
};

const DAY_MS = 86_400_000;
const FRESH_DAYS = 30;
const USABLE_DAYS = 90;


function reachOf(p: PreparedResource, ctx: ChildContext): Reach | null {
  if (p.city === ctx.city) return 'home';
  if (p.serves.has(ctx.city)) return 'serves';
  return ctx.limits.includeNeighbours && ctx.neighbours.has(p.city) ? 'neighbour' : null;
}

/** Vacancy as a soft factor: open and recently confirmed ranks first; a recent "full" ranks last. */
function scoreVacancy(p: PreparedResource, todayMs: number, reasons: SoftReason[]): number {
  const { capacity, vacancy, vacancyConfirmedAt: confirmedAt } = p.resource;
  if (capacity === 0) return reasons.push({ code: 'vacancy-unknown' }), 0;
  // A check date after today is a typo, not news: it counts as unconfirmed, never as 「今日確認」.
  const isKnown = p.confirmedMs !== null && p.confirmedMs <= todayMs;
  const daysAgo = isKnown ? Math.round((todayMs - p.confirmedMs!) / DAY_MS) : null;
  const isFresh = daysAgo !== null && daysAgo <= FRESH_DAYS;
  const isUsable = daysAgo !== null && daysAgo <= USABLE_DAYS;
  if (!isUsable) reasons.push({ code: 'stale', confirmedAt, daysAgo });
  if (vacancy > 0) {
    reasons.push({ code: 'vacancy', vacancy, confirmedAt, daysAgo });
    return 30 + (isFresh ? 15 : isUsable ? 5 : 0);
  }
  reasons.push({ code: 'full', confirmedAt, daysAgo });
  return isFresh ? -20 : 0;
}

function checkHard(p: PreparedResource, ctx: ChildContext, reach: Reach | null, km: number | null): Missing[] {
  const missing: Missing[] = [];
  const { resource } = p;
  const lacking = checksCareItems(resource.type) ? ctx.careMask & ~p.accepts : 0;
  if (lacking !== 0) missing.push({ code: 'care', items: fromCareMask(lacking) });
  const { age } = ctx.request.child;
  if (age < resource.ageMin || age > resource.ageMax) missing.push({ code: 'age', min: resource.ageMin, max: resource.ageMax });
  if (reach === null) missing.push({ code: 'area' });
  if (ctx.limits.requireVacancy && resource.capacity > 0 && resource.vacancy === 0) missing.push({ code: 'vacancy' });
  const max = ctx.limits.maxDistanceKm;
  if (max !== null && km !== null && km > max) missing.push({ code: 'distance', km, max });
  const closed = ctx.dayMask & ~p.dayMask;
  if (closed !== 0) {
    const days = (ctx.request.limits?.days ?? []).filter((day) => (toDayMask([day]) & closed) !== 0);
    missing.push({ code: 'days', days });
  }
  return missing;
}

/**
 * One resource against the child: hard constraints (as `missing`), soft factors (as score and reasons).
 * Null when more than `maxMissing` hard conditions fail (not even a near miss), before any ranking work.
 */
export function evaluateResource(p: PreparedResource, ctx: ChildContext, maxMissing: number): MatchItem | null {
  const { resource } = p;
  const reach = reachOf(p, ctx);
  const km = ctx.point && p.point ? Math.round(haversineKm(ctx.point, p.point) * 10) / 10 : null;
  const missing = checkHard(p, ctx, reach, km);
  if (missing.length > maxMissing) return null;
  const reasons: SoftReason[] = [];
  let score = scoreVacancy(p, ctx.todayMs, reasons);
  if (km !== null) {
    reasons.push({ code: 'distance', km, isApproximate: ctx.isPointApproximate });
    score += Math.max(0, 30 - 2 * km);
  }
  if (reach) reasons.push({ code: 'reach', reach });
  score += reach === 'home' ? 10 : reach === 'serves' ? 5 : 0;
  if (resource.pickUp) reasons.push({ code: 'pick-up' }), (score += 5);
  const crossBorder = p.city !== ctx.city;
  return {
    resourceId: resource.id,
    name: resource.name,
    type: resource.type,
    municipalityCode: resource.municipalityCode,
    score: Math.round(score),
    reach,
    crossBorder,
    consent: crossBorder ? consentForBorder(ctx.request.child, resource.municipalityCode, ctx.request.today) : null,
    distanceKm: km,
    nurseOnly: fromCareMask(ctx.careMask & p.nurseOnly),
    reasons,
    missing,
  };
}
