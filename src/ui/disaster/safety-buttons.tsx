import { useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { recordSafetyCheck } from '../../db/disaster.ts';
import { SAFETY_STATUSES, type SafetyCheck } from '../../schema/safety-check.ts';
import { statusText } from './disaster-format.ts';
import { dt } from './disaster-messages.ts';

type Props = { caseId: string; eventId: string; by: string; current: SafetyCheck['status'] | undefined; name: string };

/** One tap per family: the status is stored (with its outbox entry) and the live list shows it at once. */
export function SafetyButtons({ caseId, eventId, by, current, name }: Props) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const noteId = `note-${caseId}`;

  async function handleRecord(status: SafetyCheck['status']) {
    setError(null);
    try {
      await recordSafetyCheck(getDb(), { caseId, eventId, status, by, note: note.trim() });
      setNote('');
    } catch (caught) {
      setError(String(caught));
    }
  }

  return (
    <div class="safety-buttons">
      <div class="safety-buttons__row" role="group" aria-label={name}>
        {SAFETY_STATUSES.map((status) => (
          <button key={status} type="button" class={`button button--small safety-button safety-button--${status}`}
            aria-pressed={current === status} aria-label={`${name}: ${dt('record', { status: statusText(status) })}`}
            onClick={() => void handleRecord(status)}>
            {statusText(status)}
          </button>
        ))}
      </div>
      <label class="safety-buttons__note" for={noteId}>
        <span>{dt('note')}</span>
        <input id={noteId} type="text" value={note} maxLength={2000} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
