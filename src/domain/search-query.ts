import { normalizeForSearch } from './search-text.ts';

// The same rule as matchesQuery, split so a list of thousands folds the query once per keystroke, not per row.

/** The query's whitespace-separated terms (ASCII or ideographic space), each normalised for search. */
export function toSearchTerms(query: string): string[] {
  return query.split(/[\s\u3000]+/).map(normalizeForSearch).filter(Boolean);
}

/** Every term appears in the (already normalised) haystack; no terms match everything. */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}
