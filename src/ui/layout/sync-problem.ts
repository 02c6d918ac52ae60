import type { SyncStatus } from '../../schema/messages.ts';
import { decodeSyncError } from '../../sync/sync-error-kind.ts';
import { t } from '../i18n/i18n.ts';

/** Why changes are not moving, by cause: the status bar and the 同期 page each word it. */
export type SyncProblem =
  | { kind: 'offline' | 'unreachable' | 'server' | 'too-large' | 'storage-full' | 'other' }
  | { kind: 'rate-limited'; retryAt: string | null }
  | { kind: 'refused'; message: string | null };

/**
 * The problem the last settled sync reported; with no signal, 'offline' whatever it said. A failed request with
 * the device online means the server cannot be reached.
 */
export function syncProblemOf(status: SyncStatus | null, isOnline: boolean): SyncProblem | null {
  if (!isOnline) return { kind: 'offline' };
  if (status?.state !== 'error') return null;
  const error = decodeSyncError(status.lastError) ?? { kind: 'other' };
  return error.kind === 'offline' ? { kind: 'unreachable' } : error;
}

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (iso: string) => {
  const at = new Date(iso);
  return `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
};

/** The status bar's line for a problem, in plain words (never an error class or a proxy's English). */
export function describeSyncProblem(problem: SyncProblem): string {
  switch (problem.kind) {
    case 'offline': return t('sync.errorOffline');
    case 'unreachable': return t('sync.errorUnreachable');
    case 'server': return t('sync.errorServer');
    case 'rate-limited':
      return problem.retryAt ? t('sync.errorBusyUntil', { time: clock(problem.retryAt) }) : t('sync.errorBusy');
    case 'too-large': return t('sync.errorTooLarge');
    case 'refused': return problem.message ? t('sync.errorRefused', { message: problem.message }) : t('sync.errorRefusedPlain');
    case 'storage-full': return t('sync.errorStorage');
    default: return t('sync.errorOther');
  }
}
