import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { NO_FILTER, type CaseFilter } from '../../domain/case-filters.ts';
import { todayIso } from '../../domain/dates.ts';
import { t } from '../i18n/i18n.ts';
import { useSignedInSession } from '../session/session-context.ts';
import { useSyncState } from '../sync/use-sync-state.ts';
import { CaseFiltersBar } from './case-filters-bar.tsx';
import { CaseRow } from './case-row.tsx';
import { l } from './list-messages.ts';
import { useListMarks } from './use-list-marks.ts';
import { useCaseSummaries, useFilteredSummaries } from './use-case-summaries.ts';

const PAGE_SIZE = 100;

/**
 * Where the list was left — search, filters, how many shown, and the row at the top of the screen — so coming back
 * from a case finds it as it was. Per person: another sign-in on this page starts afresh (a typed name is not shown
 * to the next user).
 */
type ListPlace = { userId: string; query: string; filter: CaseFilter; limit: number; topRow: { href: string; top: number } | null };
const freshPlace = (userId: string): ListPlace => ({ userId, query: '', filter: NO_FILTER, limit: PAGE_SIZE, topRow: null });
let place = freshPlace('');

function usePlace(userId: string): ListPlace {
  if (place.userId !== userId) place = freshPlace(userId);
  return place;
}

const ROW = '#case-list-rows a.case-row';

/**
 * Brings back, once the rows are there, the row that was at the top of the screen to where it was. Remembered at
 * the click that leaves (a row, a link), by row rather than by scroll offset: notices that load later above the
 * list would shift an offset (the browser's scroll anchoring keeps the row in place instead).
 */
function useScrollPlace(isReady: boolean): void {
  useLayoutEffect(() => {
    if (!isReady) return;
    const saved = place.topRow;
    const row = saved && [...document.querySelectorAll<HTMLAnchorElement>(ROW)].find((a) => a.getAttribute('href') === saved.href);
    if (saved && row) window.scrollBy(0, row.getBoundingClientRect().top - saved.top);
    const remember = () => {
      const top = [...document.querySelectorAll<HTMLAnchorElement>(ROW)].find((a) => a.getBoundingClientRect().bottom > 0);
      place.topRow = top ? { href: top.getAttribute('href') ?? '', top: top.getBoundingClientRect().top } : null;
    };
    document.addEventListener('click', remember, { capture: true });
    return () => document.removeEventListener('click', remember, { capture: true });
  }, [isReady]);
}

export function CaseList() {
  const { summaries, nameOf, isPreparing, isReceiving } = useCaseSummaries();
  const remembered = usePlace(useSignedInSession().user.id);
  const [query, setQueryState] = useState(remembered.query);
  const [limit, setLimitState] = useState(remembered.limit);
  const [filter, setFilterState] = useState<CaseFilter>(remembered.filter);
  const setQuery = (next: string) => setQueryState((place.query = next));
  const setLimit = (next: number) => setLimitState((place.limit = next));
  const setFilter = (next: CaseFilter) => setFilterState((place.filter = next));
  useScrollPlace(summaries !== undefined);
  const { status } = useSyncState();
  const isFirstSync = !status?.lastSuccessAt;
  const today = todayIso();
  const filtered = useFilteredSummaries(summaries, query, filter, today);
  const shown = filtered.slice(0, limit);
  const areas = useMemo(() => {
    const codes = [...new Set(summaries?.map((s) => s.municipalityCode))].sort();
    return codes.map((code) => ({ code, name: nameOf(code) }));
  }, [summaries, nameOf]);
  useListMarks(summaries !== undefined, query, filtered.length);

  function handleInput(event: Event) {
    setQuery((event.currentTarget as HTMLInputElement).value);
    setLimit(PAGE_SIZE);
  }

  return (
    <section class="case-list" aria-labelledby="case-list-title">
      <div class="toolbar">
        <h1 id="case-list-title">{t('list.title')}</h1>
        <div class="actions actions--small">
          <a class="button" href="#/reminders" data-testid="reminders-link">{l('reminders')}</a>
          <a class="button button--primary" href="#/cases/new">{t('list.new')}</a>
        </div>
      </div>
      <div class="field field--search">
        <label for="case-search">{t('list.search')}</label>
        <input id="case-search" type="search" value={query} onInput={handleInput}
          placeholder={t('list.searchPlaceholder')} autocomplete="off" aria-controls="case-list-rows" />
      </div>
      <CaseFiltersBar filter={filter} areas={areas} onChange={(next) => { setFilter(next); setLimit(PAGE_SIZE); }} />
      {summaries === undefined ? (
        <p role="status">{t('list.loading')}</p>
      ) : (
        <p class="case-list__count" role="status" data-testid="case-count">
          {filtered.length === 0 ? t('list.countNone') : t('list.count', { total: filtered.length, shown: shown.length })}
        </p>
      )}
      {(isReceiving || isPreparing) && <p class="notice" role="status">{l(isReceiving ? 'firstSync' : 'preparing')}</p>}
      <ul id="case-list-rows" class="case-list__rows" data-testid="case-list">
        {shown.map((summary) => (
          <CaseRow key={summary.id} summary={summary} today={today} municipality={nameOf(summary.municipalityCode)} />
        ))}
      </ul>
      {!isReceiving && !isPreparing && summaries !== undefined && filtered.length === 0 && (
        <p role="status">{summaries.length === 0 && isFirstSync ? l('firstSync') : t('list.empty')}</p>
      )}
      {filtered.length > shown.length && (
        <button type="button" class="button" onClick={() => setLimit(limit + PAGE_SIZE)}>{t('list.more')}</button>
      )}
    </section>
  );
}
