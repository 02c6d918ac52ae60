import type { ComponentType } from 'preact';

// Screens other than the case list, each in its own chunk (import() keeps them off the first page).

export const loadCaseView = (): Promise<ComponentType<{ id: string }>> =>
  import('./cases/case-view.tsx').then((m) => m.CaseView);

export const loadCaseEdit = (): Promise<ComponentType<{ id: string | null }>> =>
  import('./cases/case-edit.tsx').then((m) => m.CaseEdit);

export const loadConflictsScreen = (): Promise<ComponentType<Record<string, never>>> =>
  import('./conflicts/conflicts-screen.tsx').then((m) => m.ConflictsScreen);

export const loadSyncScreen = (): Promise<ComponentType<Record<string, never>>> =>
  import('./sync/sync-screen.tsx').then((m) => m.SyncScreen);

export const loadResourceList = (): Promise<ComponentType<Record<string, never>>> =>
  import('./resources/resource-list.tsx').then((m) => m.ResourceList);

export const loadResourceView = (): Promise<ComponentType<{ id: string }>> =>
  import('./resources/resource-view.tsx').then((m) => m.ResourceView);

export const loadResourceEdit = (): Promise<ComponentType<{ id: string | null }>> =>
  import('./resources/resource-edit.tsx').then((m) => m.ResourceEdit);

export const loadResourceImport = (): Promise<ComponentType<Record<string, never>>> =>
  import('./resources/resource-import.tsx').then((m) => m.ResourceImport);

export const loadMatchScreen = (): Promise<ComponentType<{ caseId: string | null }>> =>
  import('./matching/match-screen.tsx').then((m) => m.MatchScreen);

export const loadUnmetScreen = (): Promise<ComponentType<Record<string, never>>> =>
  import('./matching/unmet-screen.tsx').then((m) => m.UnmetScreen);

export const loadStatsScreen = (): Promise<ComponentType<Record<string, never>>> =>
  import('./stats/stats-screen.tsx').then((m) => m.StatsScreen);

export const loadReminders = (): Promise<ComponentType<Record<string, never>>> =>
  import('./cases/reminders-screen.tsx').then((m) => m.RemindersScreen);

export const loadDisasterScreen = (): Promise<ComponentType<Record<string, never>>> =>
  import('./disaster/disaster-screen.tsx').then((m) => m.DisasterScreen);

export const loadUsersScreen = (): Promise<ComponentType<Record<string, never>>> =>
  import('./admin/users-screen.tsx').then((m) => m.UsersScreen);

export const loadAuditScreen = (): Promise<ComponentType<Record<string, never>>> =>
  import('./admin/audit-screen.tsx').then((m) => m.AuditScreen);

export const loadSettingsScreen = (): Promise<ComponentType<Record<string, never>>> =>
  import('./lock/settings-screen.tsx').then((m) => m.SettingsScreen);

export const loadSignIn = () => import('./session/sign-in.tsx').then((m) => m.SignIn);

export const loadPinSetup = () => import('./lock/pin-setup-screen.tsx').then((m) => m.PinSetupScreen);

export const loadLockScreen = () => import('./lock/lock-screen.tsx').then((m) => m.LockScreen);
