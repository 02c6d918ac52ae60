import { useMemo, useState } from 'preact/hooks';
import { NO_FILTER, type CaseFilter } from '../../domain/case-filters.ts';
import { todayIso } from '../../domain/dates.ts';
import { t } from '../i18n/i18n.ts';
import { useSyncState } from '../sync/use-sync-state.ts';
import { CaseFiltersBar } from './case-filters-bar.tsx';
import { CaseRow } from './case-row.tsx';
import { l } from './list-messages.ts';
import { useListMarks } from './use-list-marks.ts';
import { useCaseSummaries, useFilteredSummaries } from './use-case-summaries.ts';

const PAGE_SIZE = 100;

export function CaseList() {
  const { summaries, nameOf, isPreparing } = useCaseSummaries();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [filter, setFilter] = useState<CaseFilter>(NO_FILTER);
  const { status } = useSyncState();
  const isFirstSync = !status?.lastSuccessAt;
  // The list is read again only once a first sync ends (useLiveQuery): until then it says so, rows or not.
  const isReceiving = isFirstSync && status?.state === 'syncing';
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
          {t('list.count', { total: filtered.length, shown: shown.length })}
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
