import { liveQuery } from 'dexie';

export type Unsubscribe = () => void;

/**
 * Runs `query` now and again whenever the tables it read change — in this tab, another tab or the service
 * worker — and hands each result to `onResult`. The UI's only way to read the database reactively.
 */
export function watchQuery<T>(query: () => Promise<T>, onResult: (value: T) => void, onError?: (e: unknown) => void): Unsubscribe {
  const subscription = liveQuery(query).subscribe({ next: onResult, error: onError ?? ((e) => console.error(e)) });
  return () => subscription.unsubscribe();
}
