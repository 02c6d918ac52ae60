import { useEffect, useRef, useState } from 'preact/hooks';
import type { SyncStatus as Status } from '../../schema/messages.ts';
import { formatSyncTime } from '../format/format-time.ts';
import { useOnline } from '../hooks/use-online.ts';
import { useOpenConflictCount, useOutboxCounts } from '../hooks/use-outbox.ts';
import { t } from '../i18n/i18n.ts';
import { triggerSync } from '../sync/sync-controller.ts';
import { useSyncState } from '../sync/use-sync-state.ts';

const SENT_NOTICE_MS = 6000;

function describeState(status: Status | null, isOnline: boolean): string | null {
  if (!status) return null;
  // The service worker may still report a sync it started just before the signal went.
  if (status.state === 'syncing') return isOnline ? t('sync.syncing') : null;
  if (status.state !== 'error') return null;
  // 'offline' is what a failed request reports: with the device online, it is the server that cannot be reached.
  if (status.lastError === 'offline') return isOnline ? t('sync.errorUnreachable') : t('sync.errorOffline');
  return t('sync.error', { message: status.lastError ?? '' });
}

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

/** Connection, unsent/refused counts, last sync and errors — all in words, never colour alone. */
export function SyncStatusBar() {
  const isOnline = useOnline();
  const { status } = useSyncState();
  const counts = useOutboxCounts() ?? { pending: status?.pending ?? 0, rejected: status?.rejected ?? 0 };
  const conflicts = useOpenConflictCount() ?? 0;
  const last = status?.lastSuccessAt ? formatSyncTime(status.lastSuccessAt) : '';
  const stateText = describeState(status, isOnline);
  const sent = useSentNotice(counts.pending, counts.rejected, isOnline);

  return (
    <div class="status-bar">
      <span data-testid="connection" class={isOnline ? 'pill pill--ok' : 'pill pill--warn'}>
        {isOnline ? t('conn.online') : t('conn.offline')}
      </span>
      <p class="status-bar__sync" data-testid="sync-status" aria-live="polite">
        <span class={counts.pending > 0 ? 'pill pill--warn' : 'pill'}>{t('sync.pending', { n: counts.pending })}</span>
        {counts.rejected > 0 && (
          <a class="pill pill--alert" href="#/sync">{t('sync.rejected', { n: counts.rejected })}</a>
        )}
        <span class="status-bar__last">{last ? t('sync.last', { time: last }) : t('sync.never')}</span>
        {sent !== null && <span data-testid="sync-sent">{t('sync.sent', { n: sent })}</span>}
        {stateText && <span class={status?.state === 'error' ? 'status-bar__error' : ''}>{stateText}</span>}
      </p>
      {conflicts > 0 && (
        <a class="pill pill--alert" href="#/conflicts" data-testid="conflicts-link">
          {t('sync.conflicts', { n: conflicts })}
        </a>
      )}
      <button type="button" class="button button--small" onClick={triggerSync}>
        {t('sync.now')}
      </button>
    </div>
  );
}
