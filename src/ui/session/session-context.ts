import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { StoredSession } from '../../schema/device-state.ts';

export const SessionContext = createContext<StoredSession | null>(null);

/** Whether this person may change records: coordinators and administrators; a supervisor reads statistics only (the server refuses their writes). */
export const canEdit = (session: StoredSession): boolean => session.user.role === 'coordinator' || session.user.role === 'admin';

/** The signed-in user's session; screens under the session gate can rely on it. */
export function useSignedInSession(): StoredSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSignedInSession outside the session gate');
  return session;
}
