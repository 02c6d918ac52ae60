import * as Comlink from 'comlink';
import { getDb } from '../../db/database.ts';
import { getDeviceKeys, onLockChange } from '../../db/vault.ts';
import type { StatsWorkerApi } from '../../workers/stats-worker.ts';

// The one handle to the statistics worker, started on first use.

let handle: Comlink.Remote<StatsWorkerApi> | undefined;

export function getStatsWorker(): Comlink.Remote<StatsWorkerApi> {
  handle ??= Comlink.wrap<StatsWorkerApi>(
    new Worker(new URL('../../workers/stats-worker.ts', import.meta.url), { type: 'module', name: 'stats' }),
  );
  // The worker reads sealed records with this page's keys, handed over on every unlock and dropped on lock.
  const worker = handle;
  void worker.setKeys(getDeviceKeys(getDb()));
  onLockChange(() => void worker.setKeys(getDeviceKeys(getDb())));
  return handle;
}
