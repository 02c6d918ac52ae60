import { getDb } from '../../db/database.ts';
import { countOutbox } from '../../db/outbox.ts';
import { subscribeSync, triggerSync } from '../sync/sync-controller.ts';

// Before a wipe (the wrong-PIN limit, or ログアウト from the lock screen) the unsent changes get one chance to
// reach the server: they were sealed for it when written, so the service worker can push them while locked.

const SEND_TIMEOUT_MS = 20_000;
/** The sync engine's answers that end the wait: it cannot do more by trying again now. */
const FINAL_STATES = new Set(['error', 'signed-out', 'wiped']);

export async function countUnsent(): Promise<{ pending: number; rejected: number }> {
  return countOutbox(getDb());
}

/**
 * Asks for a sync and waits until nothing is pending, the engine reports it cannot send (offline, signed out),
 * two syncs ended with changes left (one may have been running already), or the timeout. Returns what is left.
 */
export async function sendUnsentChanges(timeoutMs = SEND_TIMEOUT_MS): Promise<number> {
  const left = async () => {
    const { pending, rejected } = await countUnsent();
    return pending + rejected;
  };
  if ((await countUnsent()).pending === 0 || !navigator.onLine) return left();
  await new Promise<void>((resolve) => {
    let idleSyncs = 0;
    const finish = () => {
      stop();
      window.clearTimeout(timer);
      resolve();
    };
    const stop = subscribeSync(({ status }) => {
      if (!status || status.state === 'syncing') return;
      if (FINAL_STATES.has(status.state) || status.pending === 0 || ++idleSyncs >= 2) finish();
    });
    const timer = window.setTimeout(finish, timeoutMs);
    triggerSync();
  });
  return left();
}
