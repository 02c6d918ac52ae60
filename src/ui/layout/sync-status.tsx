import { useEffect, useRef, useState } from 'preact/hooks';
import type { SyncStatus as Status } from '../../schema/messages.ts';
import { formatSyncTime } from '../format/format-time.ts';
import { useOnline } from '../hooks/use-online.ts';
import { useOpenConflictCount, useOutboxCounts } from '../hooks/use-outbox.ts';
import { t } from '../i18n/i18n.ts';
import { triggerSync } from '../sync/sync-controller.ts';
import { useSyncState } from '../sync/use-sync-state.ts';
import { Announcer } from './announcer.tsx';
import { describeSyncProblem, syncProblemOf, type SyncProblem } from './sync-problem.ts';

const SENT_NOTICE_MS = 6000;

/**
 * How many changes just went out: set when the unsent count drops to 0 online, cleared after a few seconds.
 * Changes the server refused meanwhile are not counted as sent (they show as 要確認).
 */
function useSentNotice(pending: number, rejected: number, isOnline: boolean): number | null {
  const previous = useRef({ pending, rejected });
  const [sent, setSent] = useState<number | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = { pending, rejected };
    if (pending > 0) return setSent(null);
    const accepted = before.pending - Math.max(0, rejected - before.rejected);
    if (accepted <= 0 || !isOnline) return;
    setSent(accepted);
    const timer = window.setTimeout(() => setSent(null), SENT_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [pending, rejected]);
  return sent;
}

/** The last status that was not 同期中: a retry under way does not turn the pill green before it succeeds. */
function useSettledStatus(status: Status | null): Status | null {
  const settled = useRef(status);
  if (status?.state !== 'syncing') settled.current = status;
  return settled.current;
}

function ConnectionPill({ isOnline, problem }: { isOnline: boolean; problem: SyncProblem | null }) {
  // Green only when the device is online and the server answers: 「オンライン」 beside 「同期できません」 misled.
  const text = !isOnline ? t('conn.offline') : !problem ? t('conn.online')
    : problem.kind === 'unreachable' ? t('conn.serverDown') : t('conn.notSyncing');
  return <span data-testid="connection" class={isOnline && !problem ? 'pill pill--ok' : 'pill pill--warn'}>{text}</span>;
}

/** Cases (and unsent changes) removed from this device since the person last read the notice on 同期. */
function PurgedLink({ purged }: { purged: Status['purged'] }) {
  if (!purged) return null;
  const { cases, discarded } = purged;
  const text = cases > 0 && discarded > 0 ? t('sync.purgedBoth', { cases, discarded })
    : cases > 0 ? t('sync.purged', { cases }) : t('sync.purgedChanges', { discarded });
  return <a class="pill pill--alert" href="#/sync" data-testid="purge-link">{text}</a>;
}

/** Connection, unsent/refused counts, last sync and errors — all in words, never colour alone. */
export function SyncStatusBar() {
  const isOnline = useOnline();
  const { status } = useSyncState();
  const settled = useSettledStatus(status);
  const counts = useOutboxCounts() ?? { pending: status?.pending ?? 0, rejected: status?.rejected ?? 0 };
  const conflicts = useOpenConflictCount() ?? 0;
  const last = status?.lastSuccessAt ? formatSyncTime(status.lastSuccessAt) : '';
  // The service worker may still report a sync it started just before the signal went.
  const isSyncing = status?.state === 'syncing' && isOnline;
  const problem = syncProblemOf(settled, isOnline);
  const sent = useSentNotice(counts.pending, counts.rejected, isOnline);

  return (
    <div class="status-bar">
      <ConnectionPill isOnline={isOnline} problem={problem} />
      <p class="status-bar__sync" data-testid="sync-status" aria-live="polite">
        <span class={counts.pending > 0 ? 'pill pill--warn' : 'pill'}>{t('sync.pending', { n: counts.pending })}</span>
        {counts.rejected > 0 && (
          <a class="pill pill--alert" href="#/sync">{t('sync.rejected', { n: counts.rejected })}</a>
        )}
        <span class="status-bar__last">{last ? t('sync.last', { time: last }) : t('sync.never')}</span>
        {sent !== null && <span data-testid="sync-sent">{t('sync.sent', { n: sent })}</span>}
        {isSyncing ? <span>{t('sync.syncing')}</span>
          : problem && (isOnline || status?.state === 'error') && <span class="status-bar__error">{describeSyncProblem(problem)}</span>}
      </p>
      <PurgedLink purged={status?.purged} />
      {conflicts > 0 && (
        <a class="pill pill--alert" href="#/conflicts" data-testid="conflicts-link">
          {t('sync.conflicts', { n: conflicts })}
        </a>
      )}
      <Announcer />
      <button type="button" class="button button--small" onClick={triggerSync}>
        {t('sync.now')}
      </button>
    </div>
  );
}
