import { useEffect, useState } from 'preact/hooks';
import { todayIso } from '../../domain/dates.ts';
import type { DisasterFilter } from '../../domain/disaster-filter.ts';
import type { TriageSort } from '../../domain/triage.ts';
import type { DisasterEvent } from '../../schema/disaster-event.ts';
import type { StoredSession } from '../../schema/device-state.ts';
import { t } from '../i18n/i18n.ts';
import { useMunicipalityNames } from '../municipalities/use-municipalities.ts';
import { downloadDisasterCsv } from './disaster-csv.ts';
import { DisasterFilters } from './disaster-filters.tsx';
import { dt } from './disaster-messages.ts';
import { DisasterRow } from './disaster-row.tsx';
import { EventBar } from './event-bar.tsx';
import { FacilitiesSection } from './facilities-section.tsx';
import { PrintSheet } from './print-sheet.tsx';
import { SafetySummary } from './safety-summary.tsx';
import { useDisasterList } from './use-disaster-list.ts';
import { useWidenedRead } from './use-widened-read.ts';

type Props = { event: DisasterEvent; session: StoredSession };

/** Rows rendered at a time: thousands of children would make a tired tablet crawl; the summary names the rest. */
const PAGE = 100;

// The paper list (every child) is built only when printing is asked for: the print button, or the browser's own
// print command (beforeprint), so the screen stays light.
const PRINT_EVENT = 'tsunagu:print';

function requestPrint() {
  window.dispatchEvent(new Event(PRINT_EVENT));
  window.setTimeout(() => window.print(), 100);
}

function usePrintRequest(): boolean {
  const [isPrinting, setPrinting] = useState(false);
  useEffect(() => {
    const handleStart = () => setPrinting(true);
    window.addEventListener(PRINT_EVENT, handleStart);
    window.addEventListener('beforeprint', handleStart);
    return () => {
      window.removeEventListener(PRINT_EVENT, handleStart);
      window.removeEventListener('beforeprint', handleStart);
    };
  }, []);
  return isPrinting;
}

/** One event: who first, how long they have, are they safe — and the paper copy. */
export function EventView({ event, session }: Props) {
  const [filter, setFilter] = useState<DisasterFilter>({ municipalityCode: null, text: '' });
  const [sort, setSort] = useState<TriageSort>('triage');
  const [shown, setShown] = useState(PAGE);
  const isPrinting = usePrintRequest();
  const state = useDisasterList(event, filter, sort);
  const widened = useWidenedRead(event, session);
  const nameOf = useMunicipalityNames();
  const areaNames = (filter.municipalityCode ? [filter.municipalityCode] : event.areas).map(nameOf).join('、');

  if (!state) return <p role="status">{t('common.loading')}</p>;
  const { list, latest, notes, summary, facilities, now } = state;
  return (
    <>
      <div class="no-print">
        <EventBar event={event} session={session} now={now} />
        {widened && <p class="notice" role="status">{widened}</p>}
        <DisasterFilters areas={event.areas} filter={filter} sort={sort} onFilter={setFilter} onSort={setSort} />
        <SafetySummary summary={summary} />
        <div class="disaster-actions">
          <button type="button" class="button" onClick={requestPrint}>{dt('print')}</button>
          <button type="button" class="button" onClick={() => void downloadDisasterCsv(list, latest, notes, todayIso(now))}>{dt('csv')}</button>
        </div>
        <h2>{dt('list')}（{list.length}）</h2>
        {list.length === 0 && <p>{dt('empty')}</p>}
        <ol class="disaster-list" data-testid="disaster-list">
          {list.slice(0, shown).map((item, index) => (
            <DisasterRow key={item.record.id} item={item} rank={index + 1} check={latest.get(item.record.id)} note={notes.get(item.record.id)} eventId={event.id} by={session.user.name} />
          ))}
        </ol>
        {list.length > shown && (
          <button type="button" class="button" onClick={() => setShown(shown + PAGE)}>{dt('more', { n: list.length - shown })}</button>
        )}
        <FacilitiesSection facilities={facilities} />
      </div>
      {isPrinting && <PrintSheet event={event} list={list} latest={latest} notes={notes} areaNames={areaNames} printedBy={session.user.name} now={now} />}
    </>
  );
}
