import { useLayoutEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../db/live-query.ts';
import { getSyncState, isFirstSyncRunning } from '../sync/sync-controller.ts';

type Result<T> = { key: string; value: T };

/**
 * During a first sync (thousands of records, a page written every few hundred milliseconds) a live query shows
 * its first result and re-reads only once the sync ends (or fails): re-reading the whole list after pages
 * competed with the sync for the same cores and the same IndexedDB backend (every 2 s cost ~15% of a 10,000-case
 * first sync), and a half-received list answers 「該当なし」 for a child still on the way. The list says a first
 * sync is running meanwhile. Later syncs, a few records each, stay live.
 */
function minIntervalMs(): number {
  return isFirstSyncRunning(getSyncState().status) ? Number.POSITIVE_INFINITY : 0;
}

/**
 * Reads through a Dexie live query: re-renders whenever the tables the query read change (in this tab,
 * another tab or the service worker). `undefined` until the first result for the current `deps`.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const key = JSON.stringify(deps);
  const [result, setResult] = useState<Result<T> | undefined>(undefined);
  // Subscribed as the component is committed, not after the next paint: a screen whose data nests (the disaster
  // screen reads its events, then the event's children) would otherwise wait a frame (~16 ms) at each level.
  useLayoutEffect(() => watchQuery(query, (value) => setResult({ key, value }), { minIntervalMs }), [key]);
  // A result for earlier deps (another case id) must not show under the new ones.
  return result?.key === key ? result.value : undefined;
}
