import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { listDisasterRecords } from '../../db/disaster.ts';
import { todayIso } from '../../domain/dates.ts';
import type { DisasterFilter } from '../../domain/disaster-filter.ts';
import type { TriageSort } from '../../domain/triage.ts';
import type { DisasterEvent } from '../../schema/disaster-event.ts';
import type { StoredSession } from '../../schema/device-state.ts';
import { t } from '../i18n/i18n.ts';
import { useMunicipalityNames } from '../municipalities/use-municipalities.ts';
import { DisasterCard } from './disaster-card.tsx';
import { downloadDisasterCsv } from './disaster-csv.ts';
import { DisasterFilters } from './disaster-filters.tsx';
import { dt } from './disaster-messages.ts';
import { EventBar } from './event-bar.tsx';
import { FacilitiesSection } from './facilities-section.tsx';
import { PrintList, requestPrint, usePrintRequest } from './print-list.tsx';
import { SafetySummary } from './safety-summary.tsx';
import { useDisasterList } from './use-disaster-list.ts';
import { useShowCard } from './use-show-card.ts';
import { useWidenedRead } from './use-widened-read.ts';

type Props = { event: DisasterEvent; session: StoredSession };

/** Rows rendered at a time: thousands of children would make a tired tablet crawl; the summary names the rest. */
const PAGE = 100;
/** The cards a tablet shows without scrolling: rendered first, the rest of the page in the next frame. */
const FIRST_SCREEN = 20;

/** One event: who first, how long they have, are they safe — and the paper copy. */
export function EventView({ event, session }: Props) {
  // Power-dependent children first: the first question in a power cut is who cannot wait (the toggle shows both counts).
  const [filter, setFilter] = useState<DisasterFilter>({ municipalityCode: null, text: '', powerOnly: true });
  const [sort, setSort] = useState<TriageSort>('triage');
  const [shown, setShown] = useState(FIRST_SCREEN);
  const printRequest = usePrintRequest();
  const state = useDisasterList(event, filter, sort);
  const handleShowCard = useShowCard(state?.list ?? [], shown, setShown, PAGE);
  const widened = useWidenedRead(event, session);
  const nameOf = useMunicipalityNames();
  const areaNames = (filter.municipalityCode ? [filter.municipalityCode] : event.areas).map(nameOf).join('、');
  // For the bench (npm run bench): once per visit, right after the first rows are committed to the DOM.
  const hasMarked = useRef(false);
  useLayoutEffect(() => {
    if (!state || hasMarked.current) return;
    hasMarked.current = true;
    performance.mark('tsunagu:disaster-list-visible', { detail: { listed: state.list.length } });
  }, [state]);
  // Once the first screen is painted, the rest of the first page.
  useEffect(() => {
    if (!state || shown >= PAGE) return;
    const frame = requestAnimationFrame(() => setShown((current) => Math.max(current, PAGE)));
    return () => cancelAnimationFrame(frame);
  }, [state, shown]);

  if (!state) return <p role="status">{t('common.loading')}</p>;
  const { list, counts, latest, notes, summary, facilities, now } = state;
  async function handleCsv() {
    const all = await listDisasterRecords(getDb(), event, list.map((item) => item.row.id), new Date());
    await downloadDisasterCsv(list, all, latest, notes, todayIso(now));
  }
  return (
    <>
      <div class="no-print">
        <EventBar event={event} session={session} now={now} />
        {widened && <p class="notice" role="status">{widened}</p>}
        <DisasterFilters areas={event.areas} filter={filter} sort={sort} counts={counts} onFilter={setFilter} onSort={setSort} />
        <SafetySummary summary={summary} powerOnly={filter.powerOnly} onShow={handleShowCard} />
        <div class="disaster-actions">
          <button type="button" class="button" onClick={requestPrint}>{dt('print')}</button>
          <button type="button" class="button" onClick={() => void handleCsv()}>{dt('csv')}</button>
        </div>
        <h2>{dt('list')}（{list.length}）</h2>
        {list.length === 0 && <p>{dt('empty')}</p>}
        <ol class="disaster-list" data-testid="disaster-list">
          {list.slice(0, shown).map((item, index) => (
            <DisasterCard key={item.row.id} item={item} event={event} rank={index + 1} check={latest.get(item.row.id)}
              note={notes.get(item.row.id)} by={session.user.name} />
          ))}
        </ol>
        {list.length > shown && (
          <button type="button" class="button" onClick={() => setShown(shown + PAGE)}>{dt('more', { n: list.length - shown })}</button>
        )}
        <FacilitiesSection facilities={facilities} />
      </div>
      {printRequest.isWanted && (
        <PrintList presses={printRequest.presses} event={event} list={list} latest={latest} notes={notes} powerOnly={filter.powerOnly}
          areaNames={areaNames} printedBy={session.user.name} now={now} />
      )}
    </>
  );
}
