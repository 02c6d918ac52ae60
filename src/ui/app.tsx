import { useEffect, useRef } from 'preact/hooks';
import { CaseList } from './cases/case-list.tsx';
import { useLanguage } from './hooks/use-language.ts';
import { t } from './i18n/i18n.ts';
import { AppHeader } from './layout/app-header.tsx';
import { LanguageToggle } from './layout/language-toggle.tsx';
import { StorageNotice, UpdateBanner } from './layout/notices.tsx';
import { LazyScreen } from './lazy-screen.tsx';
import { useRoute, type Route } from './router.ts';
import {
  loadCaseEdit, loadCaseView, loadConflictsScreen, loadDisasterScreen, loadReminders, loadMatchScreen, loadResourceEdit, loadResourceImport,
  loadResourceList, loadResourceView, loadSignIn, loadStatsScreen, loadSyncScreen, loadUnmetScreen, loadUsersScreen, loadAuditScreen,
} from './screens.ts';
import { SessionContext } from './session/session-context.ts';
import { useSession } from './session/use-session.ts';

function RouteScreen({ route }: { route: Route }) {
  switch (route.name) {
    case 'list': return <CaseList />;
    case 'view': return <LazyScreen key="view" load={loadCaseView} props={{ id: route.id }} />;
    case 'edit': return <LazyScreen key={`edit-${route.id}`} load={loadCaseEdit} props={{ id: route.id }} />;
    case 'new': return <LazyScreen key="new" load={loadCaseEdit} props={{ id: null }} />;
    case 'conflicts': return <LazyScreen load={loadConflictsScreen} props={{}} />;
    case 'sync': return <LazyScreen load={loadSyncScreen} props={{}} />;
    case 'reminders': return <LazyScreen load={loadReminders} props={{}} />;
    case 'resources': return <LazyScreen load={loadResourceList} props={{}} />;
    case 'resource': return <LazyScreen key={`resource-${route.id}`} load={loadResourceView} props={{ id: route.id }} />;
    case 'resource-edit': return <LazyScreen key={`resource-edit-${route.id}`} load={loadResourceEdit} props={{ id: route.id }} />;
    case 'resource-new': return <LazyScreen key="resource-new" load={loadResourceEdit} props={{ id: null }} />;
    case 'resource-import': return <LazyScreen load={loadResourceImport} props={{}} />;
    case 'match': return <LazyScreen key={`match-${route.caseId}`} load={loadMatchScreen} props={{ caseId: route.caseId }} />;
    case 'unmet': return <LazyScreen load={loadUnmetScreen} props={{}} />;
    case 'stats': return <LazyScreen load={loadStatsScreen} props={{}} />;
    case 'disaster': return <LazyScreen load={loadDisasterScreen} props={{}} />;
    case 'admin-users': return <LazyScreen load={loadUsersScreen} props={{}} />;
    case 'admin-audit': return <LazyScreen load={loadAuditScreen} props={{}} />;
    case 'not-found': return <p>{t('case.notFound')}</p>;
  }
}

export function App() {
  useLanguage(); // re-render every screen when the language changes
  const [state, actions] = useSession();
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const isFirstRoute = useRef(true);

  // Move focus to the new screen on navigation, so screen readers and keyboards start at the content.
  useEffect(() => {
    if (isFirstRoute.current) isFirstRoute.current = false;
    else mainRef.current?.focus();
  }, [route]);

  if (state.kind === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (state.kind === 'signed-out') {
    return (
      <>
        <div class="corner-tools"><LanguageToggle /></div>
        <LazyScreen load={loadSignIn} props={{ notice: state.notice, onSignIn: actions.signIn }} />
      </>
    );
  }
  return (
    <SessionContext.Provider value={state.session}>
      <AppHeader session={state.session} onSignOut={(hasUnsent) => void actions.signOut(hasUnsent)} />
      <UpdateBanner />
      <main id="main" class="main" ref={mainRef} tabIndex={-1}>
        {/* Only on the home list: a child's record and the disaster list keep the screen for what matters. */}
        {route.name === 'list' && <StorageNotice />}
        <RouteScreen route={route} />
      </main>
    </SessionContext.Provider>
  );
}
