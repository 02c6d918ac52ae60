import type { ComponentChildren } from 'preact';
import { useLanguage } from './hooks/use-language.ts';
import { t } from './i18n/i18n.ts';
import { AppShell } from './layout/app-shell.tsx';
import { LanguageToggle } from './layout/language-toggle.tsx';
import { LazyScreen } from './lazy-screen.tsx';
import { useLockState } from './lock/lock-state.ts';
import { loadLockScreen, loadPinSetup, loadSignIn } from './screens.ts';
import { SessionContext } from './session/session-context.ts';
import { useSession } from './session/use-session.ts';

/** A screen of its own before the app: sign-in, PIN setup, lock. Only the language switch beside it. */
function Gate({ children }: { children: ComponentChildren }) {
  return (
    <>
      <div class="corner-tools"><LanguageToggle /></div>
      {children}
    </>
  );
}

export function App() {
  useLanguage(); // re-render every screen when the language changes
  const [state, actions] = useSession();
  const lock = useLockState();

  if (state.kind === 'loading' || (state.kind === 'signed-in' && lock === 'checking')) {
    return <p role="status">{t('common.loading')}</p>;
  }
  if (state.kind === 'signed-out') {
    return <Gate><LazyScreen load={loadSignIn} props={{ notice: state.notice, onSignIn: actions.signIn }} /></Gate>;
  }
  // No records are synced or shown before the PIN exists; none are shown while locked (the screens unmount).
  if (state.kind === 'needs-pin' || lock === 'no-vault') {
    return <Gate><LazyScreen load={loadPinSetup} props={{ onSetUp: actions.setUpPin, onCancel: actions.cancelPinSetup }} /></Gate>;
  }
  if (lock !== 'unlocked') {
    return <Gate><LazyScreen load={loadLockScreen} props={{ userName: state.session.user.name, onSignOut: actions.signOut }} /></Gate>;
  }
  return (
    <SessionContext.Provider value={state.session}>
      <AppShell session={state.session} onSignOut={(hasUnsent) => void actions.signOut(hasUnsent)} />
    </SessionContext.Provider>
  );
}
