import { useState } from 'preact/hooks';
import { getDb } from '../../../db/database.ts';
import { addVisit, listVisits } from '../../../db/visits.ts';
import { ValidationError } from '../../../db/write-record.ts';
import { formatStamp } from '../../format/format-time.ts';
import { useLiveQuery } from '../../hooks/use-live-query.ts';
import { t } from '../../i18n/i18n.ts';
import { useSignedInSession } from '../../session/session-context.ts';
import { triggerSync } from '../../sync/sync-controller.ts';

/** Visit notes, newest first, and a form to append one (append-only). */
export function VisitsSection({ caseId }: { caseId: string }) {
  const session = useSignedInSession();
  const visits = useLiveQuery(() => listVisits(getDb(), caseId), [caseId]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: Event) {
    event.preventDefault();
    try {
      await addVisit(getDb(), { caseId, note, author: session.user.name });
      setNote('');
      setError(null);
      triggerSync();
    } catch (caught) {
      setError(caught instanceof ValidationError ? caught.errors.map((e) => e.message).join(' ') : String(caught));
    }
  }

  return (
    <section class="card" aria-labelledby="visits-title">
      <h2 id="visits-title">{t('visits.title')}</h2>
      <form class="form" onSubmit={handleSubmit}>
        <div class="field">
          <label for="visit-note">{t('visits.note')}</label>
          <textarea id="visit-note" rows={4} value={note} onInput={(e) => setNote(e.currentTarget.value)}
            aria-invalid={error ? true : undefined} aria-describedby={error ? 'visit-note-error' : undefined} />
          {error && <p id="visit-note-error" class="error" role="alert">{error}</p>}
        </div>
        <button type="submit" class="button button--primary">{t('visits.add')}</button>
      </form>
      {visits?.length === 0 && <p>{t('visits.none')}</p>}
      <ol class="visits" data-testid="visits">
        {visits?.map((visit) => (
          <li key={visit.id} class="visit" data-testid="visit">
            <p class="muted">{formatStamp(visit.at)} {visit.author}</p>
            <p class="visit__note">{visit.note}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
