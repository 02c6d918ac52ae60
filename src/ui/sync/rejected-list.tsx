import { useId } from 'preact/hooks';
import type { OutboxEntry } from '../../db/database.ts';
import { tConflict } from '../conflicts/conflict-messages.ts';
import { fieldLabel, formatValue } from '../format/format-value.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { t } from '../i18n/i18n.ts';
import { caseEditHref, resourceEditHref, resourceHref } from '../router.ts';
import { tPending } from './pending-messages.ts';
import { loadRejectedChanges, type RejectedChange } from './rejected-changes.ts';
import { tSync } from './sync-messages.ts';
import { discardRejected } from './use-discard-change.ts';

const LIST_TITLE_ID = 'rejected-list-title';

/** The field the server named, with the value that was refused, written as the record page writes it. */
function RefusedValue({ entry }: { entry: OutboxEntry }) {
  const field = entry.error?.field;
  if (!field) return null;
  return <p class="muted">{fieldLabel(field)}: {formatValue(entry.fields[field.split('.')[0]!], field)}</p>;
}

/** Where the record opens and is fixed: a case or a resource has a form; a visit or a safety check its child's page. */
function OpenLinks({ change, titleId }: { change: RejectedChange; titleId: string }) {
  const { entry, caseLink } = change;
  if (entry.collection === 'resources') {
    return (
      <>
        <a class="button" href={resourceHref(entry.recordId)} aria-describedby={titleId}>{tConflict('conflict.openResource')}</a>
        <a class="button button--primary" href={resourceEditHref(entry.recordId)} aria-describedby={titleId}>{tSync('rejected.fix')}</a>
      </>
    );
  }
  return (
    <>
      {caseLink && <a class="button" href={caseLink} aria-describedby={titleId}>{tConflict('conflict.open')}</a>}
      {entry.collection === 'cases' && caseLink && (
        <a class="button button--primary" href={caseEditHref(entry.recordId)} aria-describedby={titleId}>{tSync('rejected.fix')}</a>
      )}
      {entry.collection === 'safetyChecks' && <a class="button" href="#/disaster" aria-describedby={titleId}>{tSync('rejected.openDisaster')}</a>}
    </>
  );
}

function RejectedCard({ change }: { change: RejectedChange }) {
  const id = useId();
  const { entry, subject } = change;
  const title = `${tPending(`collection.${entry.collection}`)} ${subject}`;

  function handleDiscard(event: Event) {
    const card = (event.currentTarget as HTMLElement).closest('article');
    void discardRejected(entry, card, tSync('rejected.discarded', { subject: title }), LIST_TITLE_ID);
  }

  return (
    <article class="card card--alert" data-testid="rejected-change" tabIndex={-1} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p>{tSync('rejected.fields', { fields: Object.keys(entry.fields).map(fieldLabel).join('、') })}</p>
      <p>{tSync('rejected.reason', { message: entry.error?.message ?? '—' })}</p>
      <RefusedValue entry={entry} />
      <div class="actions">
        <OpenLinks change={change} titleId={`${id}-title`} />
        <button type="button" class="button" aria-describedby={`${id}-title`} onClick={handleDiscard}>{tSync('rejected.discard')}</button>
      </div>
    </article>
  );
}

/** Every change the server refused, across records: whose it is, why, and 開く / 修正 / 破棄. */
export function RejectedList() {
  const rejected = useLiveQuery(loadRejectedChanges, []);
  return (
    <section aria-labelledby={LIST_TITLE_ID}>
      <h2 id={LIST_TITLE_ID}>{tSync('sync.rejectedTitle')}</h2>
      {rejected?.length === 0 && <p>{tSync('sync.noRejected')}</p>}
      {rejected?.map((change) => <RejectedCard key={change.entry.id} change={change} />)}
    </section>
  );
}
