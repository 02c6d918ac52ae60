import { useCallback, useEffect, useState } from 'preact/hooks';
import { todayIso } from '../../domain/dates.ts';
import { StatsPayloadSchema, type StatsPayload } from '../../schema/stats.ts';
import { useSignedInSession } from '../session/session-context.ts';
import { fetchServerStats } from './stats-api.ts';
import { getStatsWorker } from './stats-worker-client.ts';

export type StatsState =
  | { kind: 'loading' }
  | { kind: 'ready'; payload: StatsPayload }
  | { kind: 'offline' }
  | { kind: 'error'; message: string };

/** Who computes: a coordinator's tablet over its own records; supervisors and admins ask the server. */
export const isServerComputed = (role: string) => role === 'supervisor' || role === 'admin';

/** The dashboard's figures, and a way to compute them again. */
export function useStatsPayload(): [StatsState, () => void] {
  const session = useSignedInSession();
  const [state, setState] = useState<StatsState>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  const refresh = useCallback(() => setRound((n) => n + 1), []);

  useEffect(() => {
    let isCurrent = true;
    setState({ kind: 'loading' });
    const fromServer = isServerComputed(session.user.role);
    if (fromServer && !navigator.onLine) {
      setState({ kind: 'offline' });
      return;
    }
    // postMessage is a boundary too: the worker's answer is parsed like the server's.
    const load = fromServer
      ? fetchServerStats(session.token)
      : getStatsWorker().computeDashboard(todayIso()).then((raw) => StatsPayloadSchema.parse(raw));
    load
      .then((payload) => isCurrent && setState({ kind: 'ready', payload }))
      .catch((caught: unknown) => isCurrent && setState({ kind: 'error', message: caught instanceof Error ? caught.message : String(caught) }));
    return () => {
      isCurrent = false;
    };
  }, [round, session.token, session.user.role]);

  return [state, refresh];
}
