import { getDb, type OutboxEntry } from '../../db/database.ts';
import { discardChange, listRejected } from '../../db/outbox.ts';
import { fieldLabelKey } from '../format/format-value.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { t } from '../i18n/i18n.ts';
import { caseEditHref, caseHref, resourceEditHref, resourceHref } from '../router.ts';
import { DeviceBackupSection } from './device-backup-section.tsx';
import { PendingChanges } from './pending-changes.tsx';

function fieldNames(entry: OutboxEntry): string {
  return Object.keys(entry.fields).map((field) => {
    const key = fieldLabelKey(field);
    return key ? t(key) : field;
  }).join('、');
}

/** Every change the server refused, across records, with 修正 and 破棄. */
export function SyncScreen() {
  const rejected = useLiveQuery(() => listRejected(getDb()), []);

  function handleDiscard(entry: OutboxEntry) {
    if (entry.seq === undefined || !window.confirm(t('rejected.discardConfirm'))) return;
    void discardChange(getDb(), entry.seq);
  }

  return (
    <section aria-labelledby="sync-title">
      <h1 id="sync-title">{t('sync.title')}</h1>
      <PendingChanges />
      <h2>{t('sync.rejectedTitle')}</h2>
      {rejected?.length === 0 && <p>{t('sync.noRejected')}</p>}
      {rejected?.map((entry) => (
        <article key={entry.id} class="card card--alert" data-testid="rejected-change">
          <p><strong>{fieldNames(entry)}</strong></p>
          <p>{t('rejected.reason', { message: entry.error?.message ?? '—' })}</p>
          <div class="actions">
            {entry.collection === 'cases' && (
              <>
                <a class="button" href={caseHref(entry.recordId)}>{t('conflict.open')}</a>
                <a class="button button--primary" href={caseEditHref(entry.recordId)}>{t('rejected.fix')}</a>
              </>
            )}
            {entry.collection === 'resources' && (
              <>
                <a class="button" href={resourceHref(entry.recordId)}>{t('conflict.openResource')}</a>
                <a class="button button--primary" href={resourceEditHref(entry.recordId)}>{t('rejected.fix')}</a>
              </>
            )}
            <button type="button" class="button" onClick={() => handleDiscard(entry)}>{t('rejected.discard')}</button>
          </div>
        </article>
      ))}
      <DeviceBackupSection />
    </section>
  );
}
