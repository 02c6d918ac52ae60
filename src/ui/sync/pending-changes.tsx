import { getCase } from '../../db/cases.ts';
import { getDb } from '../../db/database.ts';
import { listPendingChanges } from '../../db/pending-changes.ts';
import { formatStamp } from '../format/format-time.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useOnline } from '../hooks/use-online.ts';
import { describeSyncProblem, syncProblemOf, type SyncProblem } from '../layout/sync-problem.ts';
import { caseIdOf, describePending } from './pending-description.ts';
import { tPending } from './pending-messages.ts';
import { useSyncState } from './use-sync-state.ts';

/** The unsent changes, with the names of the children their visits and checks belong to (one read per child). */
async function loadPending() {
  const db = getDb();
  const changes = await listPendingChanges(db);
  const ids = [...new Set(changes.flatMap((change) => {
    const id = change.entry.collection === 'cases' ? null : caseIdOf(change);
    return id ? [id] : [];
  }))];
  const cases = await Promise.all(ids.map((id) => getCase(db, id)));
  const caseNames = new Map(ids.flatMap((id, i) => (cases[i] ? [[id, cases[i].name] as const] : [])));
  return { changes, caseNames };
}

/** When and how the changes will go, by what stops them now: no signal is not the same as a server that fails. */
function describeLead(problem: SyncProblem | null): string {
  if (!problem) return tPending('pending.lead');
  switch (problem.kind) {
    case 'offline': return tPending('pending.lead.offline');
    case 'unreachable': return tPending('pending.lead.unreachable');
    case 'server': return tPending('pending.lead.server');
    case 'rate-limited': return tPending('pending.lead.busy');
    default: return tPending('pending.lead.blocked', { reason: describeSyncProblem(problem) });
  }
}

/** Every change still waiting to be sent, oldest first: what it is, whose record, when it was made. */
export function PendingChanges() {
  const pending = useLiveQuery(loadPending, []);
  const { status } = useSyncState();
  const problem = syncProblemOf(status?.state === 'syncing' ? null : status, useOnline());
  return (
    <section aria-labelledby="pending-title" data-testid="pending-changes">
      <h2 id="pending-title">{tPending('pending.title')}</h2>
      {pending?.changes.length === 0 ? <p>{tPending('pending.none')}</p>
        : <p class={problem ? 'notice' : 'muted'} data-testid="pending-lead">{describeLead(problem)}</p>}
      <ul class="plain-list">
        {pending?.changes.map((change) => (
          <li key={change.entry.id} data-testid="pending-change">
            <strong>{tPending(`collection.${change.entry.collection}`)}</strong> {describePending(change, pending.caseNames)}
            {change.entry.op === 'delete' && <> {tPending('pending.delete')}</>}
            <span class="muted"> — {tPending('pending.made', { time: formatStamp(change.entry.at) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
