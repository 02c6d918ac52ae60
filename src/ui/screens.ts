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

export const loadSignIn = () => import('./session/sign-in.tsx').then((m) => m.SignIn);
