import { useEffect, useRef } from 'preact/hooks';
import type { StoredSession } from '../../schema/device-state.ts';
import { useAutoLock } from '../lock/use-auto-lock.ts';
import { RouteScreen } from '../route-screen.tsx';
import { navigate, useRoute } from '../router.ts';
import { AppHeader } from './app-header.tsx';
import { StorageNotice, UpdateBanner } from './notices.tsx';

type Props = {
  session: StoredSession;
  onSignOut: (hasUnsent: boolean) => void;
};

/** The signed-in, unlocked app: header, notices and the current screen. Mounted only while unlocked. */
export function AppShell({ session, onSignOut }: Props) {
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const isFirstRoute = useRef(true);
  useAutoLock();

  // A supervisor holds no case records: home is the statistics (実態把握), not an empty case list.
  useEffect(() => {
    if (session.user.role === 'supervisor' && route.name === 'list') navigate('#/stats');
  }, [session.user.role, route.name]);

  // Move focus to the new screen on navigation, so screen readers and keyboards start at the content.
  useEffect(() => {
    if (isFirstRoute.current) isFirstRoute.current = false;
    else mainRef.current?.focus();
  }, [route]);

  return (
    <>
      <AppHeader session={session} onSignOut={onSignOut} />
      <UpdateBanner />
      <main id="main" class="main" ref={mainRef} tabIndex={-1}>
        {/* Only on the home list: a child's record and the disaster list keep the screen for what matters. */}
        {route.name === 'list' && <StorageNotice />}
        <RouteScreen route={route} />
      </main>
    </>
  );
}
