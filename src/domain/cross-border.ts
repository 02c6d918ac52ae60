import { toCityCode } from './adjacency.ts';
import type { ConsentNeed, MatchChild } from './match-types.ts';

type ConsentLike = NonNullable<MatchChild['consents']>[number];

/** A 個人情報提供同意 in force on `today` that covers `city`. */
function coversArea(consent: ConsentLike, city: string, today: string): boolean {
  if (consent.kind !== 'provide' || consent.date > today) return false;
  if (consent.withdrawnAt !== null && consent.withdrawnAt <= today) return false;
  if (consent.expiresAt !== null && consent.expiresAt < today) return false;
  return consent.areas.some((area) => toCityCode(area) === city);
}

/**
 * For a resource in another municipality than the child's: the consent to provide the child's information
 * there (個人情報提供同意), given or still needed. Null when no border is crossed.
 */
export function consentForBorder(child: MatchChild, resourceMunicipality: string, today: string): ConsentNeed | null {
  const city = toCityCode(resourceMunicipality);
  if (city === toCityCode(child.municipalityCode)) return null;
  const found = (child.consents ?? []).find((consent) => coversArea(consent, city, today));
  return { municipalityCode: city, status: found ? 'given' : 'needed', since: found?.date ?? null };
}
