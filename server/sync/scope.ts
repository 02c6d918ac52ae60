import type { Collection } from '../../src/schema/collections.ts';
import type { User } from '../../src/schema/session.ts';

/** The parts of a case that decide who may see it. */
export type CaseScope = {
  municipalityCode: string;
  consents: readonly ConsentScope[];
};
type ConsentScope = {
  areas: readonly string[];
  date: string;
  expiresAt: string | null;
  withdrawnAt: string | null;
};

/** How a user reaches a case: through their own areas, through a consent (市町を越えた連携), or not at all. */
export type CaseAccess = 'own' | 'consent' | null;

/** One row of the access index the pull query filters on; `until` null means no end. */
export type AccessRow = { area: string; kind: 'own' | 'consent'; from: string; until: string | null };

const ALWAYS = '0000-01-01';

export function isAdminArea(user: User): boolean {
  return user.areas.includes('*');
}

export function isOwnArea(user: User, code: string): boolean {
  return user.role !== 'supervisor' && (isAdminArea(user) || user.areas.includes(code));
}

export function isConsentActive(consent: ConsentScope, today: string): boolean {
  return (
    consent.withdrawnAt === null && consent.date <= today && (consent.expiresAt === null || consent.expiresAt >= today)
  );
}

/** Supervisors have no case-level access; everyone else by area, then by active consent. */
export function getCaseAccess(user: User, scope: CaseScope, today: string): CaseAccess {
  if (user.role === 'supervisor') return null;
  if (isOwnArea(user, scope.municipalityCode)) return 'own';
  const shared = scope.consents.some(
    (consent) => isConsentActive(consent, today) && consent.areas.some((area) => user.areas.includes(area)),
  );
  return shared ? 'consent' : null;
}

/** The access index of a case: its own area forever, plus each consented area for the consent's dates. */
export function listAccessRows(scope: CaseScope): AccessRow[] {
  const rows: AccessRow[] = [{ area: scope.municipalityCode, kind: 'own', from: ALWAYS, until: null }];
  for (const consent of scope.consents) {
    if (consent.withdrawnAt !== null) continue;
    for (const area of new Set(consent.areas)) {
      rows.push({ area, kind: 'consent', from: consent.date, until: consent.expiresAt });
    }
  }
  return rows;
}

/**
 * The case whose scope a record takes: a case is its own scope, visits and safety checks take their case's,
 * resources (and conflicts on them) have none and are visible to everyone signed in.
 */
export function findScopeCaseId(collection: Collection, id: string, fields: Record<string, unknown>): string | null {
  if (collection === 'cases') return id;
  if (collection === 'visits' || collection === 'safetyChecks') {
    return typeof fields.caseId === 'string' ? fields.caseId : null;
  }
  return null;
}

/** Supervisors read; coordinators and admins write (within scope). */
export function canWrite(user: User): boolean {
  return user.role === 'coordinator' || user.role === 'admin';
}

/** The calendar date in Japan, against which consent dates are compared. */
export function toJapanDate(now: Date): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
