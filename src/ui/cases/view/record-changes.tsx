import { useId } from 'preact/hooks';
import type { OutboxEntry } from '../../../db/database.ts';
import { fieldLabel, formatValue } from '../../format/format-value.ts';
import { t } from '../../i18n/i18n.ts';
import { caseEditHref } from '../../router.ts';
import { tPending } from '../../sync/pending-messages.ts';
import { tSync } from '../../sync/sync-messages.ts';
import { discardRejected } from '../../sync/use-discard-change.ts';

function RejectedChange({ entry, caseId }: { entry: OutboxEntry; caseId: string }) {
  const id = useId();
  const fields = Object.keys(entry.fields).map(fieldLabel).join('、');
  // A visit or safety check of this case: named as such; it is not fixed in the case's editor.
  const isCase = entry.collection === 'cases';
  const subject = isCase ? fields : `${tPending(`collection.${entry.collection}` as 'collection.visits')}（${fields}）`;
  const refused = entry.error?.field;

  function handleDiscard(event: Event) {
    const card = (event.currentTarget as HTMLElement).closest('article');
    void discardRejected(entry, card, tSync('rejected.discarded', { subject }));
  }

  return (
    <article class="rejected" data-testid="rejected-change" tabIndex={-1} aria-labelledby={`${id}-fields`}>
      <p id={`${id}-fields`}><strong>{subject}</strong></p>
      <p>{tSync('rejected.reason', { message: entry.error?.message ?? '—' })}</p>
      {refused && (
        <p class="muted">{fieldLabel(refused)}: {formatValue(entry.fields[refused.split('.')[0]!], refused)}</p>
      )}
      <div class="actions">
        {isCase && <a class="button button--primary" href={caseEditHref(caseId)} aria-describedby={`${id}-fields`}>{tSync('rejected.fix')}</a>}
        <button type="button" class="button" aria-describedby={`${id}-fields`} onClick={handleDiscard}>{tSync('rejected.discard')}</button>
      </div>
    </article>
  );
}

/**
 * Changes the server refused for this case and its visits and safety checks: the reason, and 破棄 or (the case's
 * own) 修正. Nothing is dropped silently.
 */
export function RejectedChanges({ changes, caseId }: { changes: OutboxEntry[]; caseId: string }) {
  const rejected = changes.filter((entry) => entry.state === 'rejected');
  if (rejected.length === 0) return null;
  return (
    <section class="card card--alert" aria-labelledby="rejected-title">
      <h2 id="rejected-title">{tSync('rejected.title')}</h2>
      {rejected.map((entry) => <RejectedChange key={entry.id} entry={entry} caseId={caseId} />)}
    </section>
  );
}
