import type { CareOptionCode } from '../schema/care-options.ts';
import type { Consent } from '../schema/case.ts';
import type { ResourceType, WEEKDAYS } from '../schema/resource.ts';
import type { Point } from './geo.ts';
import type { ServiceNeed } from './service-needs.ts';

export type Weekday = (typeof WEEKDAYS)[number];

/** What matching needs to know about the child; plain data, so it crosses postMessage as is. */
export type MatchChild = {
  careItems: readonly CareOptionCode[];
  age: number;
  municipalityCode: string;
  /** The home's coordinates when known; otherwise the municipality's hall stands in. */
  location?: Point | null;
  consents?: readonly Pick<Consent, 'kind' | 'areas' | 'date' | 'expiresAt' | 'withdrawnAt'>[];
};

export type MatchLimits = {
  requireVacancy?: boolean;
  maxDistanceKm?: number | null;
  /** Days the child must be able to attend. */
  days?: readonly Weekday[];
  /** Count resources located in a neighbouring municipality as reachable (default true). */
  includeNeighbours?: boolean;
  maxResults?: number;
  maxNearMisses?: number;
};

export type MatchRequest = {
  child: MatchChild;
  needs: readonly ServiceNeed[];
  limits?: MatchLimits;
  /** ISO date the ranking is for (vacancy freshness, consent validity). */
  today: string;
};

/** How the child can reach the resource: it is in the same city, lists the city in its area, or is next door. */
export type Reach = 'home' | 'serves' | 'neighbour';

export type SoftReason =
  | { code: 'vacancy'; vacancy: number; confirmedAt: string | null; daysAgo: number | null }
  | { code: 'full'; confirmedAt: string | null; daysAgo: number | null }
  | { code: 'vacancy-unknown' }
  | { code: 'stale'; confirmedAt: string | null; daysAgo: number | null }
  | { code: 'distance'; km: number; isApproximate: boolean }
  | { code: 'pick-up' }
  | { code: 'reach'; reach: Reach };

export type Missing =
  | { code: 'care'; items: CareOptionCode[] }
  | { code: 'age'; min: number; max: number }
  | { code: 'area' }
  | { code: 'vacancy' }
  | { code: 'distance'; km: number; max: number }
  | { code: 'days'; days: Weekday[] };

/** Sharing the child's information with an organisation in another municipality (市町を越えた連携). */
export type ConsentNeed = { municipalityCode: string; status: 'given' | 'needed'; since: string | null };

export type MatchItem = {
  resourceId: string;
  name: string;
  type: ResourceType;
  municipalityCode: string;
  score: number;
  reach: Reach | null;
  crossBorder: boolean;
  consent: ConsentNeed | null;
  distanceKm: number | null;
  /** The child's care items this resource handles only when its nurses are on duty. */
  nurseOnly: CareOptionCode[];
  reasons: SoftReason[];
  missing: Missing[];
};

export type MatchResult = { matches: MatchItem[]; nearMisses: MatchItem[]; considered: number };
