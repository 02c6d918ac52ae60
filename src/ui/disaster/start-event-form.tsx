import { useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { startDisasterEvent } from '../../db/disaster.ts';
import { orderAreas, type AreaCount } from '../../domain/disaster-areas.ts';
import { checkOutageStart } from '../../domain/disaster-outage.ts';
import { DISASTER_TYPES, type DisasterType } from '../../schema/disaster-event.ts';
import { failureText } from '../i18n/failure-text.ts';
import { AreaChoices } from './area-choices.tsx';
import { dt } from './disaster-messages.ts';

type Props = { localAreas: readonly AreaCount[]; ownAreas: readonly string[]; startedBy: string };

/** `YYYY-MM-DDTHH:MM` in local time, for a datetime-local input. */
function toLocalInput(date: Date): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** Starts an event on this tablet, offline too: type, when the power failed, which municipalities. */
export function StartEventForm({ localAreas, ownAreas, startedBy }: Props) {
  const areas = orderAreas(localAreas, ownAreas);
  const [type, setType] = useState<DisasterType>('earthquake');
  const [since, setSince] = useState(() => toLocalInput(new Date()));
  // The user's own areas are ticked to begin with (or the only area there is); the others are a tap away.
  const [chosen, setChosen] = useState<string[]>(() => (ownAreas.length > 0 ? [...ownAreas] : areas.length === 1 ? [areas[0]!.code] : []));
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sinceError, setSinceError] = useState<string | null>(null);

  async function handleSubmit(e: Event) {
    e.preventDefault();
    setError(null);
    const problem = checkOutageStart(since, new Date());
    setSinceError(problem && dt(`outage.${problem}`));
    if (problem) return;
    try {
      const outageStartedAt = new Date(since).toISOString();
      await startDisasterEvent(getDb(), { type, title: title.trim(), outageStartedAt, areas: chosen, startedBy });
    } catch (caught) {
      setError(failureText(caught));
    }
  }

  const toggle = (code: string) => setChosen((list) => (list.includes(code) ? list.filter((c) => c !== code) : [...list, code]));
  return (
    <form class="card disaster-start" onSubmit={(e) => void handleSubmit(e)}>
      <h2>{dt('startTitle')}</h2>
      <div class="field">
        <label for="disaster-type">{dt('type')}</label>
        <select id="disaster-type" value={type} onChange={(e) => setType(e.currentTarget.value as DisasterType)}>
          {DISASTER_TYPES.map((code) => <option key={code} value={code}>{dt(`type.${code}`)}</option>)}
        </select>
      </div>
      <div class={sinceError ? 'field field--invalid' : 'field'}>
        <label for="disaster-since">{dt('outageStartedAt')}</label>
        <input id="disaster-since" type="datetime-local" value={since} required aria-invalid={sinceError !== null}
          aria-describedby={sinceError ? 'disaster-since-error' : undefined} onInput={(e) => setSince(e.currentTarget.value)} />
        {sinceError && <p id="disaster-since-error" class="error" role="alert">{sinceError}</p>}
      </div>
      <AreaChoices areas={areas} ownAreas={ownAreas} chosen={chosen} onToggle={toggle} />
      <div class="field">
        <label for="disaster-title">{dt('titleField')}</label>
        <input id="disaster-title" type="text" value={title} maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      <button type="submit" class="button button--primary button--danger" disabled={chosen.length === 0}>{dt('start')}</button>
    </form>
  );
}
