import { getDb } from '../../db/database.ts';
import { dismissPurgeNotice } from '../../db/purge-notice.ts';
import { formatDateTime } from '../format/format-date.ts';
import { announce } from '../layout/announcer.tsx';
import { moveFocus } from '../layout/focus-after-removal.ts';
import { getSyncState, reportSyncStatus } from './sync-controller.ts';
import { tSync } from './sync-messages.ts';
import { useSyncState } from './use-sync-state.ts';

/**
 * Cases that left this device (a consent withdrawn, an area changed) and the unsent changes lost with them,
 * until the person says they have read it. It names no child: it outlives their data on this device.
 */
export function PurgeNotice() {
  const purged = useSyncState().status?.purged;
  if (!purged) return null;

  async function handleDismiss() {
    await dismissPurgeNotice(getDb());
    // The status bar's link reads the same status: report it without the notice (the next sync reads it so too).
    const { status } = getSyncState();
    if (status) reportSyncStatus({ ...status, purged: null });
    announce(tSync('purge.dismissed'));
    moveFocus(null);
  }

  return (
    <section class="card card--alert" aria-labelledby="purge-title" data-testid="purge-notice">
      <h2 id="purge-title">{tSync('purge.title')}</h2>
      {purged.cases > 0 && <p>{tSync('purge.cases', { cases: purged.cases, time: formatDateTime(purged.at) })}</p>}
      {purged.discarded > 0 && <p><strong>{tSync('purge.discarded', { discarded: purged.discarded })}</strong></p>}
      <p class="muted">{tSync('purge.why')}</p>
      <div class="actions">
        <button type="button" class="button button--primary" onClick={() => void handleDismiss()}>{tSync('purge.dismiss')}</button>
      </div>
    </section>
  );
}
