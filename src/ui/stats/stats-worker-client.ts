import * as Comlink from 'comlink';
import { shareKeysWith } from '../hooks/share-keys.ts';
import type { StatsWorkerApi } from '../../workers/stats-worker.ts';

// The one handle to the statistics worker, started on first use.

let handle: Comlink.Remote<StatsWorkerApi> | undefined;

export function getStatsWorker(): Comlink.Remote<StatsWorkerApi> {
  if (!handle) {
    handle = Comlink.wrap<StatsWorkerApi>(
      new Worker(new URL('../../workers/stats-worker.ts', import.meta.url), { type: 'module', name: 'stats' }),
    );
    shareKeysWith(handle);
  }
  return handle;
}
