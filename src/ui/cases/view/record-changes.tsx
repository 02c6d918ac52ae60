import type { OutboxEntry } from '../../../db/database.ts';
import { getDb } from '../../../db/database.ts';
import { discardChange } from '../../../db/outbox.ts';
import { fieldLabelKey, formatValue } from '../../format/format-value.ts';
import { t } from '../../i18n/i18n.ts';
import { caseEditHref } from '../../router.ts';

function describeFields(entry: OutboxEntry): string {
  return Object.keys(entry.fields)
    .map((field) => {
      const key = fieldLabelKey(field);
      return key ? t(key) : field;
    })
    .join('、');
}

/** Changes the server refused for this record: the reason, and 破棄 or 修正. Nothing is dropped silently. */
export function RejectedChanges({ changes, caseId }: { changes: OutboxEntry[]; caseId: string }) {
  const rejected = changes.filter((entry) => entry.state === 'rejected');
  if (rejected.length === 0) return null;

  function handleDiscard(entry: OutboxEntry) {
    if (entry.seq === undefined || !window.confirm(t('rejected.discardConfirm'))) return;
    void discardChange(getDb(), entry.seq);
  }

  return (
    <section class="card card--alert" aria-labelledby="rejected-title">
      <h2 id="rejected-title">{t('rejected.title')}</h2>
      {rejected.map((entry) => (
        <article key={entry.id} class="rejected" data-testid="rejected-change">
          <p><strong>{describeFields(entry)}</strong></p>
          <p>{t('rejected.reason', { message: entry.error?.message ?? '—' })}</p>
          {entry.error?.field && (
            <p class="muted">
              {fieldLabelKey(entry.error.field) ? t(fieldLabelKey(entry.error.field)!) : entry.error.field}:{' '}
              {formatValue(entry.fields[entry.error.field.split('.')[0]!])}
            </p>
          )}
          <div class="actions">
            <a class="button button--primary" href={caseEditHref(caseId)}>{t('rejected.fix')}</a>
            <button type="button" class="button" onClick={() => handleDiscard(entry)}>{t('rejected.discard')}</button>
          </div>
        </article>
      ))}
    </section>
  );
}
