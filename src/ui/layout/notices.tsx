import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { afterFirstScreen } from '../after-first-screen.ts';
import { t } from '../i18n/i18n.ts';
import { isInstallGuidanceDismissed, isStandalone } from '../install/install-prompt.ts';
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

/**
 * Install button or ホーム画面に追加 guidance, fetched only while the app runs in a browser tab, and only once the
 * list is on screen (the guidance itself waits seconds for Chromium's prompt).
 */
function InstallNoticeSlot() {
  const [Notice, setNotice] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (isStandalone() || isInstallGuidanceDismissed()) return;
    return afterFirstScreen(() => {
      void import('../install/install-notice.tsx').then((m) => setNotice(() => m.InstallNotice)).catch(() => undefined);
    });
  }, []);
  return Notice ? <Notice /> : null;
}

/** Keeping data on this device: how to install the app, and a quiet note when the browser may evict it. */
export function StorageNotice() {
  const isPersistent = useStoragePersistence();
  return (
    <>
      <InstallNoticeSlot />
      {isPersistent === false && <p class="notice notice--quiet" data-testid="storage-notice">{t('storage.notPersistent')}</p>}
    </>
  );
}
