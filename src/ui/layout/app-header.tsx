import type { StoredSession } from '../../schema/device-state.ts';
import { useOutboxCounts } from '../hooks/use-outbox.ts';
import { t } from '../i18n/i18n.ts';
import { LockIcon } from '../lock/lock-icon.tsx';
import { lockApp } from '../lock/lock-state.ts';
import { LanguageToggle } from './language-toggle.tsx';
import { SyncStatusBar } from './sync-status.tsx';

type Props = {
  session: StoredSession;
  onSignOut: (hasUnsent: boolean) => void;
};

export function AppHeader({ session, onSignOut }: Props) {
  const counts = useOutboxCounts();

  // A supervisor holds no case records (statistics only): no case list, no disaster list to open.
  const hasCases = session.user.role !== 'supervisor';

  function handleSignOut() {
    const unsent = (counts?.pending ?? 0) + (counts?.rejected ?? 0);
    // Unsent changes are never dropped: sign-out keeps them on the device for the next sign-in. Without any, it
    // erases the device (and any draft): a tap meant for ロック beside it must not do that unasked.
    if (!window.confirm(unsent > 0 ? t('signout.confirm', { n: unsent }) : t('signout.confirmErase'))) return;
    // Counts not loaded yet: treat as unsent, so nothing is wiped on a guess.
    onSignOut(counts === undefined || unsent > 0);
  }

  return (
    <header class="app-header">
      <a class="skip-link" href="#main">{t('app.skip')}</a>
      <div class="app-header__row">
        <a class="app-header__brand" href="#/">{t('app.name')}</a>
        {hasCases && <a class="app-header__disaster" href="#/disaster" data-testid="disaster-mode">{t('nav.disaster')}</a>}
        <nav class="app-header__nav" aria-label={t('nav.main')}>
          {hasCases && <a href="#/">{t('nav.cases')}</a>}
          <a href="#/resources">{t('nav.resources')}</a>
          <a href="#/stats">{t('nav.stats')}</a>
          <a href="#/sync">{t('nav.sync')}</a>
          <a href="#/settings">{t('nav.settings')}</a>
          {session.user.role === 'admin' && <a href="#/admin/users" data-testid="admin-link">{t('nav.admin')}</a>}
        </nav>
        <div class="app-header__user">
          <span class="app-header__name" data-testid="user-name">{session.user.name}</span>
          <LanguageToggle />
          <button type="button" class="button button--quiet button--small app-header__lock" onClick={lockApp} data-testid="lock-button">
            <LockIcon />{t('lock.button')}
          </button>
          <button type="button" class="button button--quiet button--small" onClick={handleSignOut}>
            {t('signout.button')}
          </button>
        </div>
      </div>
      <SyncStatusBar />
    </header>
  );
}
