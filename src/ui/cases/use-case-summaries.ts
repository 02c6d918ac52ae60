import { useMemo } from 'preact/hooks';
import { isCaseIndexIncomplete, listCaseRows, summarizeCaseRow, type CaseSummary } from '../../db/case-rows.ts';
import { getDb } from '../../db/database.ts';
import { isFilterActive, makeCaseFilter, type CaseFilter } from '../../domain/case-filters.ts';
import { matchesTerms, toSearchTerms } from '../../domain/search-query.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { isFirstSyncRunning } from '../sync/sync-controller.ts';
import { useSyncState } from '../sync/use-sync-state.ts';
import { useMunicipalityNames, type NameOf } from '../municipalities/use-municipalities.ts';

/**
 * Every case as a summary, recomputed only when the data (or the municipality names) change — never per
 * keystroke. Until the municipality table loads, the haystack holds codes; then it is rebuilt with names.
 */
export function useCaseSummaries(): { summaries: CaseSummary[] | undefined; nameOf: NameOf; isPreparing: boolean; isReceiving: boolean } {
  // During a first sync the list is read once it has ended (it says so meanwhile): reading, sorting and
  // summarising what has arrived so far took the cores the sync needs, and a half-received list answers
  // 「該当なし」 for a child still on the way (later syncs, a few records each, stay live: src/ui/hooks/use-live-query.ts).
  const isReceiving = isFirstSyncRunning(useSyncState().status);
  const rows = useLiveQuery(() => (isReceiving ? Promise.resolve(undefined) : listCaseRows(getDb())), [isReceiving]);
  // After an update that rebuilt the list's rows (src/db/case-index.ts) the list fills a moment after the unlock.
  const isPreparing = useLiveQuery(() => isCaseIndexIncomplete(getDb()), []) ?? false;
  const nameOf = useMunicipalityNames(rows !== undefined);
  const summaries = useMemo(() => rows?.map((row) => summarizeCaseRow(row, nameOf)), [rows, nameOf]);
  return { summaries, nameOf, isPreparing, isReceiving };
}

/**
 * The summaries passing the filters and matching `query` (all of them with neither). Filters are applied only
 * when they change, so a keystroke searches the already-filtered rows.
 */
export function useFilteredSummaries(summaries: CaseSummary[] | undefined, query: string, filter: CaseFilter, today: string): CaseSummary[] {
  const narrowed = useMemo(() => {
    if (!summaries || !isFilterActive(filter)) return summaries ?? [];
    return summaries.filter(makeCaseFilter(filter, today));
  }, [summaries, filter, today]);
  return useMemo(() => {
    const terms = toSearchTerms(query);
    return terms.length === 0 ? narrowed : narrowed.filter((summary) => matchesTerms(summary.haystack, terms));
  }, [narrowed, query]);
}
