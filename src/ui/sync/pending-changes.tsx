import { getDb } from '../../db/database.ts';
import { listPendingChanges, type PendingChange } from '../../db/outbox.ts';
import { formatStamp } from '../format/format-time.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { tPending } from './pending-messages.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** What the change is about: a name where the record has one, else the time it records (a visit, a check). */
function describeRecord({ record }: PendingChange): string {
  if (!record) return tPending('pending.gone');
  const name = text(record.name) || text(record.title);
  const at = text(record.at);
  return name || (at ? formatStamp(at) : '');
}

/** Every change still waiting to be sent, oldest first: what it is, which record, when it was made. */
export function PendingChanges() {
  const pending = useLiveQuery(() => listPendingChanges(getDb()), []);
  return (
    <section aria-labelledby="pending-title" data-testid="pending-changes">
      <h2 id="pending-title">{tPending('pending.title')}</h2>
      {pending?.length === 0 ? <p>{tPending('pending.none')}</p> : <p class="muted">{tPending('pending.lead')}</p>}
      <ul class="plain-list">
        {pending?.map((change) => (
          <li key={change.entry.id} data-testid="pending-change">
            <strong>{tPending(`collection.${change.entry.collection}`)}</strong> {describeRecord(change)}
            {change.entry.op === 'delete' && <> {tPending('pending.delete')}</>}
            <span class="muted"> — {tPending('pending.made', { time: formatStamp(change.entry.at) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
