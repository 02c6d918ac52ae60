import { useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { listDisasterEvents, listLocalAreas } from '../../db/disaster.ts';
import { isEventOpen } from '../../domain/disaster-access.ts';
import { t } from '../i18n/i18n.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useOnline } from '../hooks/use-online.ts';
import { canEdit, useSignedInSession } from '../session/session-context.ts';
import { clockText } from './disaster-format.ts';
import { dt } from './disaster-messages.ts';
import { EventView } from './event-view.tsx';
import { StartEventForm } from './start-event-form.tsx';
import './disaster.css';

/** The form to start an event, once the municipalities on the tablet are counted (read only when it shows). */
function StartEvent({ ownAreas, startedBy }: { ownAreas: readonly string[]; startedBy: string }) {
  const localAreas = useLiveQuery(() => listLocalAreas(getDb()), []);
  if (!localAreas) return <p role="status">{t('common.loading')}</p>;
  return <StartEventForm localAreas={localAreas} ownAreas={ownAreas} startedBy={startedBy} />;
}

/** #/disaster: the open event's triaged list (or the form to start one), entirely from the tablet's data. */
export function DisasterScreen() {
  const session = useSignedInSession();
  const isOnline = useOnline();
  const events = useLiveQuery(() => listDisasterEvents(getDb()), []);
  const [chosenId, setChosenId] = useState<string | null>(null);
  if (!events) return <p role="status">{t('common.loading')}</p>;

  const now = new Date();
  const openEvent = events.find((e) => isEventOpen(e, now));
  const event = events.find((e) => e.id === chosenId) ?? openEvent;
  const ownAreas = session.user.areas.filter((code) => code !== '*');
  // An ended event stays a choice (its checks, paper list and CSV are the record of it); with none open, the
  // first choice is a new one, so the picker never shows an event the screen is not showing.
  const hasChoice = events.length > 1 || (events.length === 1 && !openEvent);
  return (
    <div class="disaster">
      <h1 class="no-print">{dt('title')}</h1>
      {!isOnline && <p class="notice no-print" role="status">{dt('offlineNote')}</p>}
      {hasChoice && (
        <div class="field no-print">
          <label for="disaster-event">{dt('event')}</label>
          <select id="disaster-event" value={event?.id ?? ''} onChange={(e) => setChosenId(e.currentTarget.value || null)}>
            {!openEvent && <option value="">{canEdit(session) ? dt('newEvent') : dt('chooseEvent')}</option>}
            {events.map((e) => (
              <option key={e.id} value={e.id}>
                {dt(`type.${e.type}`)} {e.title} {clockText(e.outageStartedAt)}{e.endedAt ? `（${dt('ended')}）` : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      {event ? <EventView key={event.id} event={event} session={session} />
        : canEdit(session) ? <StartEvent ownAreas={ownAreas} startedBy={session.user.name} />
          : <p>{dt('noEvent')}</p>}
    </div>
  );
}
