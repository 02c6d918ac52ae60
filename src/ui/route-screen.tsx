import { CaseList } from './cases/case-list.tsx';
import { t } from './i18n/i18n.ts';
import { LazyScreen } from './lazy-screen.tsx';
import type { Route } from './router.ts';
import {
  loadCaseEdit, loadCaseView, loadConflictsScreen, loadDisasterScreen, loadReminders, loadMatchScreen, loadResourceEdit, loadResourceImport,
  loadResourceList, loadResourceView, loadStatsScreen, loadSyncScreen, loadUnmetScreen, loadUsersScreen, loadAuditScreen, loadSettingsScreen,
} from './screens.ts';

/** The screen a route names; the case list ships with the first page, every other screen in its own chunk. */
export function RouteScreen({ route }: { route: Route }) {
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
    case 'settings': return <LazyScreen load={loadSettingsScreen} props={{}} />;
    case 'not-found': return <p>{t('case.notFound')}</p>;
  }
}
