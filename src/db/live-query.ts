import { Dexie, liveQuery } from 'dexie';

export type Unsubscribe = () => void;

export type WatchOptions = {
  onError?: (e: unknown) => void;
  /**
   * How long after a result the query must wait before it runs again (0: at once). Asked again while waiting,
   * so a wait ends early when this drops to 0.
   */
  minIntervalMs?: () => number;
};

/** While waiting out `minIntervalMs`, how often it is asked again. */
const RECHECK_MS = 250;

/**
 * Runs `query` now and again whenever the tables it read change — in this tab, another tab or the service
 * worker — and hands each result to `onResult`. The UI's only way to read the database reactively.
 */
export function watchQuery<T>(query: () => Promise<T>, onResult: (value: T) => void, options: WatchOptions = {}): Unsubscribe {
  const onError = options.onError ?? ((e: unknown) => console.error(e));
  const minIntervalMs = options.minIntervalMs ?? (() => 0);
  let subscription: { unsubscribe(): void } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let resultAt = 0;
  let isChanged = false;
  let isWaitingForChange = false;
  let isClosed = false;

  const later = (ms: number, task: () => void) => {
    timer = setTimeout(() => {
      timer = undefined;
      if (!isClosed) task();
    }, ms);
  };

  // Off the live query until the interval has passed: Dexie would re-run it after every write.
  function wait(): void {
    const left = resultAt + minIntervalMs() - performance.now();
    if (left > 0) return later(Math.min(left, RECHECK_MS), wait);
    if (isChanged) start();
    else isWaitingForChange = true;
  }

  function leaveLiveQuery(): void {
    subscription?.unsubscribe();
    subscription = null;
    wait();
  }

  function start(): void {
    isChanged = false;
    isWaitingForChange = false;
    let isSubscribed = false;
    let isLeaveDue = false;
    subscription = liveQuery(query).subscribe({
      next: (value) => {
        onResult(value);
        if (isClosed || minIntervalMs() <= 0) return;
        resultAt = performance.now();
        if (isSubscribed) leaveLiveQuery();
        else isLeaveDue = true;
      },
      error: onError,
    });
    isSubscribed = true;
    if (isLeaveDue) leaveLiveQuery();
  }

  // While off the live query, any write (a coarse signal: any table, any database) makes the result stale.
  const handleMutation = () => {
    isChanged = true;
    if (!isWaitingForChange) return;
    isWaitingForChange = false;
    later(0, start);
  };
  Dexie.on('storagemutated', handleMutation);
  start();
  return () => {
    isClosed = true;
    subscription?.unsubscribe();
    clearTimeout(timer);
    Dexie.on.storagemutated.unsubscribe(handleMutation);
  };
}
