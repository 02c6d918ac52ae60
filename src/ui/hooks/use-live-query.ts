import { useEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../db/live-query.ts';
import { getSyncState } from '../sync/sync-controller.ts';

type Result<T> = { key: string; value: T };

/**
 * During a first sync (thousands of records, a page written every few hundred milliseconds) a live query re-reads
 * at most this often: re-reading the whole list after every page competed with the sync for the same cores and
 * the same IndexedDB backend. Later syncs, a few records each, stay live.
 */
const FIRST_SYNC_INTERVAL_MS = 2000;
function minIntervalMs(): number {
  const status = getSyncState().status;
  return status?.state === 'syncing' && status.lastSuccessAt === null ? FIRST_SYNC_INTERVAL_MS : 0;
}

/**
 * Reads through a Dexie live query: re-renders whenever the tables the query read change (in this tab,
 * another tab or the service worker). `undefined` until the first result for the current `deps`.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const key = JSON.stringify(deps);
  const [result, setResult] = useState<Result<T> | undefined>(undefined);
  useEffect(() => watchQuery(query, (value) => setResult({ key, value }), { minIntervalMs }), [key]);
  // A result for earlier deps (another case id) must not show under the new ones.
  return result?.key === key ? result.value : undefined;
}
