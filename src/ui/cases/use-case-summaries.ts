import { useMemo } from 'preact/hooks';
import { listCases, summarizeCase, type CaseSummary } from '../../db/cases.ts';
import { getDb } from '../../db/database.ts';
import { matchesTerms, toSearchTerms } from '../../domain/search-query.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useMunicipalityNames, type NameOf } from '../municipalities/use-municipalities.ts';

/**
 * Every case as a summary, recomputed only when the data (or the municipality names) change — never per
 * keystroke. Until the municipality table loads, the haystack holds codes; then it is rebuilt with names.
 */
export function useCaseSummaries(): { summaries: CaseSummary[] | undefined; nameOf: NameOf } {
  const cases = useLiveQuery(() => listCases(getDb()), []);
  const nameOf = useMunicipalityNames(cases !== undefined);
  const summaries = useMemo(() => cases?.map((record) => summarizeCase(record, nameOf)), [cases, nameOf]);
  return { summaries, nameOf };
}

/** The summaries matching `query` (all of them for an empty query). */
export function useFilteredSummaries(summaries: CaseSummary[] | undefined, query: string): CaseSummary[] {
  return useMemo(() => {
    if (!summaries) return [];
    const terms = toSearchTerms(query);
    return terms.length === 0 ? summaries : summaries.filter((summary) => matchesTerms(summary.haystack, terms));
  }, [summaries, query]);
}
