import { useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { declareDisasterEvent, endDisasterEvent } from '../../db/disaster.ts';
import { hoursSince } from '../../domain/triage.ts';
import type { DisasterEvent } from '../../schema/disaster-event.ts';
import type { StoredSession } from '../../schema/device-state.ts';
import { useMunicipalityNames } from '../municipalities/use-municipalities.ts';
import { canEdit } from '../session/session-context.ts';
import { clockText } from './disaster-format.ts';
import { dt } from './disaster-messages.ts';

type Props = { event: DisasterEvent; session: StoredSession; now: Date };

/** The event in force: what, since when, where; declared or not; end it; an administrator declares it. */
export function EventBar({ event, session, now }: Props) {
  const nameOf = useMunicipalityNames();
  const isAdmin = session.user.role === 'admin';
  // As the server decides: a declared event only by an administrator; a supervisor changes nothing.
  const canChange = canEdit(session) && (event.declaredBy === null || isAdmin);
  const isWidened = event.responders.includes(session.user.id) && event.declaredBy !== null;
  const endedAt = event.endedAt !== null && Date.parse(event.endedAt) <= now.getTime() ? event.endedAt : null;

  function handleEnd() {
    if (window.confirm(dt('endConfirm'))) void endDisasterEvent(getDb(), event.id);
  }

  return (
    <section class="card event-bar" aria-label={dt('event')} data-testid="event-bar">
      <h2>{dt(`type.${event.type}`)} {event.title}</h2>
      <p>
        {clockText(event.outageStartedAt)} — {dt('outageFor', { hours: Math.floor(hoursSince(event.outageStartedAt, endedAt ? new Date(endedAt) : now)) })}
        {' / '}{event.areas.map(nameOf).join('、')}
      </p>
      {endedAt && <p class="event-bar__ended" data-testid="event-ended">{dt('endedAt', { time: clockText(endedAt) })}</p>}
      <p class={event.declaredBy ? 'event-bar__declared' : ''} data-testid="declaration">
        {event.declaredBy ? dt('declared', { n: event.responders.length }) : dt('notDeclared')}
      </p>
      {!event.declaredBy && <p class="muted">{dt('declarationHelp')}</p>}
      {isWidened && <p class="notice" role="note">{dt('widenedNote')}</p>}
      <div class="event-bar__actions no-print">
        {isAdmin && event.declaredBy === null && <DeclareForm eventId={event.id} adminId={session.user.id} />}
        {canChange && !endedAt && <button type="button" class="button button--small" onClick={handleEnd}>{dt('end')}</button>}
      </div>
    </section>
  );
}

function DeclareForm({ eventId, adminId }: { eventId: string; adminId: string }) {
  const [responders, setResponders] = useState('');
  const ids = responders.split(/[,\s、]+/).map((id) => id.trim()).filter(Boolean);
  return (
    <form class="declare-form" onSubmit={(e) => {
      e.preventDefault();
      void declareDisasterEvent(getDb(), eventId, adminId, ids);
    }}>
      <label for="declare-responders">{dt('responders')}</label>
      <input id="declare-responders" type="text" value={responders} onInput={(e) => setResponders(e.currentTarget.value)} />
      <button type="submit" class="button button--small button--danger" disabled={ids.length === 0}>{dt('declare')}</button>
    </form>
  );
}
