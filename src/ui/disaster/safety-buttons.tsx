import { useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { recordSafetyCheck } from '../../db/disaster.ts';
import { SAFETY_STATUSES, type SafetyCheck } from '../../schema/safety-check.ts';
import { failureText } from '../i18n/failure-text.ts';
import { triggerSync } from '../sync/sync-controller.ts';
import { statusText } from './disaster-format.ts';
import { dt } from './disaster-messages.ts';

type Props = { caseId: string; eventId: string; by: string; current: SafetyCheck['status'] | undefined; name: string };

/**
 * One tap per family: the status is stored (with its outbox entry) and the live list shows it at once. A note
 * typed first goes with the tapped status; a note typed afterwards is saved by 「メモを保存」 (or Enter) as a
 * follow-up check of the current status. The field keeps its text until a save succeeds.
 */
export function SafetyButtons({ caseId, eventId, by, current, name }: Props) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const noteId = `note-${caseId}`;
  const hasNote = note.trim() !== '';

  async function save(status: SafetyCheck['status']) {
    setError(null);
    try {
      await recordSafetyCheck(getDb(), { caseId, eventId, status, by, note: note.trim() });
      setNote('');
      // Sent at once when there is signal: the others following the disaster see it within seconds, not at the timer.
      triggerSync();
    } catch (caught) {
      setError(failureText(caught));
    }
  }

  function handleSaveNote(e: Event) {
    e.preventDefault();
    // Without a status yet there is nothing to follow up: the hint below asks for one, and the text stays.
    if (hasNote && current) void save(current);
  }

  return (
    <div class="safety-buttons">
      <div class="safety-buttons__row" role="group" aria-label={name}>
        {SAFETY_STATUSES.map((status) => (
          <button key={status} type="button" class={`button button--small safety-button safety-button--${status}`}
            aria-pressed={current === status} aria-label={`${name}: ${dt('record', { status: statusText(status) })}`}
            onClick={() => void save(status)}>
            {statusText(status)}
          </button>
        ))}
      </div>
      <form class="safety-buttons__note" onSubmit={handleSaveNote}>
        <label for={noteId}>{dt('note')}</label>
        <input id={noteId} type="text" value={note} maxLength={2000} onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="submit" class="button button--small" disabled={!hasNote} aria-label={`${name}: ${dt('saveNote')}`}>{dt('saveNote')}</button>
      </form>
      {hasNote && <p class="safety-buttons__unsaved" data-testid="note-unsaved" aria-live="polite">{current ? dt('noteUnsaved') : dt('noteNeedsStatus')}</p>}
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
