import { useLayoutEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../i18n/messages.ts';
import { LazyScreen } from '../lazy-screen.tsx';
import { LockIcon } from './lock-icon.tsx';
import { tLock } from './lock-messages.ts';
import { UnlockForm } from './unlock-form.tsx';
import { useUnlock } from './use-unlock.ts';
import { WipePanel } from './wipe-panel.tsx';
import './lock.css';

// Only a forgotten PIN leads there: the daily unlock does not load it.
const loadSignOutPanel = () => import('./sign-out-panel.tsx').then((m) => m.SignOutPanel);

type Props = {
  userName: string;
  onSignOut: (hasUnsent: boolean, notice: MessageKey) => Promise<void>;
};

/**
 * Shown instead of every screen while the vault is locked: none of the app's screens is mounted behind it, so
 * nothing about a child is in the page until the PIN opens the records again.
 */
export function LockScreen({ userName, onSignOut }: Props) {
  const [view, tryPin] = useUnlock();
  const [isSigningOut, setSigningOut] = useState(false);
  // For the bench (npm run bench): a cold start now ends here, the PIN field committed to the DOM.
  useLayoutEffect(() => void performance.mark('tsunagu:lock-visible'), []);

  return (
    <main id="main" class="lock-page lock-page--narrow" data-testid="lock-screen">
      <h1 class="lock-page__title"><LockIcon /> {tLock('lock.title')}</h1>
      <p>{tLock('lock.lead')}</p>
      <p class="muted">{tLock('lock.user', { name: userName })}</p>
      {view.mustWipe ? <WipePanel onSignOut={onSignOut} />
        : isSigningOut ? <LazyScreen load={loadSignOutPanel} props={{ onSignOut, onBack: () => setSigningOut(false) }} />
        : <UnlockForm view={view} onTry={tryPin} onForgot={() => setSigningOut(true)} />}
    </main>
  );
}
