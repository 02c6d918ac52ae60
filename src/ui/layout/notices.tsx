import { t } from '../i18n/i18n.ts';
import { useStoragePersistence } from '../session/storage-persistence.ts';
import { useSyncState } from '../sync/use-sync-state.ts';

function handleApplyUpdate() {
  void import('../../pwa/service-worker-bridge.ts').then((bridge) => bridge.applyUpdate());
}

/** The update prompt: a new service worker waits until the coordinator chooses to reload. */
export function UpdateBanner() {
  const { isUpdateWaiting } = useSyncState();
  if (!isUpdateWaiting) return null;
  return (
    <div class="banner" role="status" data-testid="update-banner">
      <span>{t('update.available')}</span>
      <button type="button" class="button button--primary button--small" onClick={handleApplyUpdate}>{t('update.apply')}</button>
    </div>
  );
}

/** A quiet note when the browser may evict our data. */
export function StorageNotice() {
  const isPersistent = useStoragePersistence();
  if (isPersistent !== false) return null;
  return <p class="notice notice--quiet" data-testid="storage-notice">{t('storage.notPersistent')}</p>;
}
