import { useEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../db/live-query.ts';

type Result<T> = { key: string; value: T };

/**
 * Reads through a Dexie live query: re-renders whenever the tables the query read change (in this tab,
 * another tab or the service worker). `undefined` until the first result for the current `deps`.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const key = JSON.stringify(deps);
  const [result, setResult] = useState<Result<T> | undefined>(undefined);
  useEffect(() => watchQuery(query, (value) => setResult({ key, value })), [key]);
  // A result for earlier deps (another case id) must not show under the new ones.
  return result?.key === key ? result.value : undefined;
}
