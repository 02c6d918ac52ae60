import type { SyncStatus } from '../../schema/messages.ts';
import { decodeSyncError } from '../../sync/sync-error-kind.ts';

// A sync that failed because the server could not be reached is tried again soon, not left to the minute's
// timer: when the signal comes back the browser may say nothing (no `online` event for a hotspot with no signal
// behind it, for a car between two masts, for a page that was asleep at the moment, or for a server restarting),
// and an iPad has no Background Sync to fall back on. Tries back off, with jitter so a region's tablets do not all
// return at once after an outage; a busy server's Retry-After is honoured. While the tablet says it is offline
// nothing is tried: it is checked every few seconds instead, and the sync goes the moment it says online.
// Loaded on the first failure only (the first page's JavaScript has a tight budget).

const FIRST_DELAY_MS = 5_000;
/** The longest wait between two tries; the minute's timer runs besides. */
export const MAX_RETRY_DELAY_MS = 30_000;
/** While offline, how often the tablet's own word is checked again. */
const ONLINE_CHECK_MS = 5_000;

/** How long to wait after `failures` failed syncs in a row before trying again, or null when trying cannot help. */
export function retryDelayMs(status: SyncStatus, failures: number, now: number, random = Math.random): number | null {
  if (status.state !== 'error') return null;
  const error = decodeSyncError(status.lastError);
  const jitter = 0.8 + 0.4 * random();
  if (error?.kind === 'rate-limited' && error.retryAt) {
    return Math.min(Math.max(Date.parse(error.retryAt) - now, FIRST_DELAY_MS) * jitter, 10 * 60_000);
  }
  if (error?.kind !== 'offline' && error?.kind !== 'server' && error?.kind !== 'rate-limited') return null;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - 1), MAX_RETRY_DELAY_MS) * jitter;
}

export type RetrySoon = {
  /** Each sync's outcome: after a failure that a retry may mend, another sync (`trigger`) is asked for later. */
  follow(status: SyncStatus): void;
  stop(): void;
};

export function createRetrySoon(trigger: () => void, isOnline = () => navigator.onLine): RetrySoon {
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const retry = () => {
    if (isOnline()) trigger();
    else timer = setTimeout(retry, ONLINE_CHECK_MS);
  };
  return {
    follow(status) {
      if (status.state === 'syncing') return;
      clearTimeout(timer);
      if (status.state !== 'error') {
        failures = 0;
        return;
      }
      failures++;
      const delay = retryDelayMs(status, failures, Date.now());
      if (delay !== null) timer = setTimeout(retry, delay);
    },
    stop: () => clearTimeout(timer),
  };
}
