import type { CareOptionCode } from '../schema/care-options.ts';
import { toCityCode } from './adjacency.ts';
import { fromCareMask, toCareMask } from './care-mask.ts';
import type { MatchIndex, PreparedResource } from './match-index.ts';
import { checksCareItems, needsForAge, SERVICE_NEED_CODES, SERVICE_NEEDS, type ServiceNeed } from './service-needs.ts';

export type UnmetChild = { id: string; name: string; municipalityCode: string; age: number; careItems: readonly CareOptionCode[] };

/** Why no reachable resource covers the need: none of the type in reach, none for the age, or care items. */
export type UnmetReason =
  | { code: 'none-in-reach' }
  | { code: 'age' }
  | { code: 'care'; items: CareOptionCode[] }
  | { code: 'care-combination' };

export type UnmetRow = { id: string; name: string; age: number; reason: UnmetReason };
export type UnmetGroup = { municipalityCode: string; need: ServiceNeed; needing: number; unmet: UnmetRow[] };
export type UnmetReport = { groups: UnmetGroup[]; children: number; checks: number };
export type UnmetOptions = { needs?: readonly ServiceNeed[]; includeNeighbours?: boolean };

type Verdict = UnmetReason | null;
const PROGRESS_EVERY = 500;

/** What the resources of one need, reachable from one city, offer a child of one age. */
type Offer = { inReach: number; ageFit: number; takesAnyCare: boolean; maximal: readonly number[]; union: number };

const popcount = (n: number) => { let c = 0; for (let m = n; m; m &= m - 1) c++; return c; };

/** Distinct accept masks no other mask contains: a child is taken iff its mask fits inside one of them. */
function maximalMasks(masks: Iterable<number>): number[] {
  const kept: number[] = [];
  for (const mask of [...new Set(masks)].sort((a, b) => popcount(b) - popcount(a))) {
    if (!kept.some((k) => (mask & ~k) === 0)) kept.push(mask);
  }
  return kept;
}

function summarise(candidates: readonly PreparedResource[], age: number): Offer {
  const fits = candidates.filter((c) => age >= c.resource.ageMin && age <= c.resource.ageMax);
  const caring = fits.filter((c) => checksCareItems(c.resource.type));
  return {
    inReach: candidates.length,
    ageFit: fits.length,
    takesAnyCare: caring.length < fits.length,
    maximal: maximalMasks(caring.map((c) => c.accepts)),
    union: caring.reduce((u, c) => u | c.accepts, 0),
  };
}

function judge(offer: Offer, mask: number): Verdict {
  if (offer.inReach === 0) return { code: 'none-in-reach' };
  if (offer.ageFit === 0) return { code: 'age' };
  if (offer.takesAnyCare || offer.maximal.some((m) => (mask & ~m) === 0)) return null;
  const lacking = mask & ~offer.union;
  return lacking !== 0 ? { code: 'care', items: fromCareMask(lacking) } : { code: 'care-combination' };
}

export type NeedVerdict = { need: ServiceNeed; city: string; reason: UnmetReason | null };

/**
 * A judge of one child's needs (each applicable need, with the reason when unmet), sharing its caches across
 * children: reachable offers per (city, need, age), verdicts per (…, care mask). For callers that need the
 * per-child answer, such as the statistics dashboard.
 */
export function createUnmetNeedsJudge(index: MatchIndex, options: UnmetOptions = {}): (child: Omit<UnmetChild, 'id' | 'name'>) => NeedVerdict[] {
  const includeNeighbours = options.includeNeighbours ?? true;
  const offers = new Map<string, Offer>();
  const verdicts = new Map<string, Verdict>();
  return (child) => {
    const city = toCityCode(child.municipalityCode);
    const mask = toCareMask(child.careItems);
    return needsForAge(child.age, options.needs).map((need) => {
      const offerKey = `${city}|${need}|${child.age}`;
      let offer = offers.get(offerKey);
      if (!offer) {
        offer = summarise(SERVICE_NEEDS[need].types.flatMap((type) => index.reachable(type, city, includeNeighbours)), child.age);
        offers.set(offerKey, offer);
      }
      const key = `${offerKey}|${mask}`;
      let verdict = verdicts.get(key);
      if (verdict === undefined) verdicts.set(key, (verdict = judge(offer, mask)));
      return { need, city, reason: verdict };
    });
  };
}

/**
 * 社会資源の不足: per municipality and need, the children for whom no reachable resource takes them (care
 * items and age), with the reason. Pure; identical children (same city, care and age) are judged once.
 */
export function computeUnmetNeeds(
  index: MatchIndex,
  children: readonly UnmetChild[],
  options: UnmetOptions = {},
  onProgress?: (done: number, total: number) => void,
): UnmetReport {
  const judgeChild = createUnmetNeedsJudge(index, options);
  const groups = new Map<string, UnmetGroup>();
  let checks = 0;
  children.forEach((child, i) => {
    for (const { need, city, reason } of judgeChild(child)) {
      checks += 1;
      const groupKey = `${city}|${need}`;
      const group = groups.get(groupKey) ?? groups.set(groupKey, { municipalityCode: city, need, needing: 0, unmet: [] }).get(groupKey)!;
      group.needing += 1;
      if (reason) group.unmet.push({ id: child.id, name: child.name, age: child.age, reason });
    }
    if (onProgress && (i + 1) % PROGRESS_EVERY === 0) onProgress(i + 1, children.length);
  });
  onProgress?.(children.length, children.length);
  const order = (need: ServiceNeed) => SERVICE_NEED_CODES.indexOf(need);
  const sorted = [...groups.values()].sort((a, b) => a.municipalityCode.localeCompare(b.municipalityCode) || order(a.need) - order(b.need));
  return { groups: sorted, children: children.length, checks };
}
