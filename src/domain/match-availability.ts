import type { MatchItem } from './match-types.ts';

/** A match whose every condition holds but whose last known vacancy is zero: it cannot take the child now. */
export const isFull = (item: Pick<MatchItem, 'reasons'>): boolean => item.reasons.some((reason) => reason.code === 'full');

/**
 * Matches split for the screen: those with a vacancy (or no set capacity, e.g. home nursing) first, the full
 * ones apart, so a heading never claims a full resource can take the child now. Order within each is kept.
 */
export function splitByVacancy<T extends Pick<MatchItem, 'reasons'>>(matches: readonly T[]): { open: T[]; full: T[] } {
  return { open: matches.filter((item) => !isFull(item)), full: matches.filter(isFull) };
}

/** How long ago a vacancy was confirmed, as the screen says it: today, yesterday, or n days ago. */
export function confirmedAgo(daysAgo: number): 'today' | 'yesterday' | 'days' {
  return daysAgo <= 0 ? 'today' : daysAgo === 1 ? 'yesterday' : 'days';
}
