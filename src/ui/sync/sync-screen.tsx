import { DeviceBackupSection } from './device-backup-section.tsx';
import { PendingChanges } from './pending-changes.tsx';
import { PurgeNotice } from './purge-notice.tsx';
import { RejectedList } from './rejected-list.tsx';
import { tSync } from './sync-messages.ts';

/** What is waiting, what the server refused, what left this device, and the backup of unsent work. */
export function SyncScreen() {
  return (
    <section aria-labelledby="sync-title">
      <h1 id="sync-title">{tSync('sync.title')}</h1>
      <PurgeNotice />
      <PendingChanges />
      <RejectedList />
      <DeviceBackupSection />
    </section>
  );
}
