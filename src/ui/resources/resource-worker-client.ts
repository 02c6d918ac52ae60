import * as Comlink from 'comlink';
import { getDb } from '../../db/database.ts';
import { getDeviceKeys, onLockChange } from '../../db/vault.ts';
import type { ResourceWorkerApi } from '../../workers/resource-worker.ts';

// The one handle to the resource worker (CSV, matching, unmet needs), started on first use.

let handle: Comlink.Remote<ResourceWorkerApi> | undefined;

export function getResourceWorker(): Comlink.Remote<ResourceWorkerApi> {
  handle ??= Comlink.wrap<ResourceWorkerApi>(
    new Worker(new URL('../../workers/resource-worker.ts', import.meta.url), { type: 'module', name: 'resources' }),
  );
  // The worker reads sealed records with this page's keys, handed over on every unlock and dropped on lock.
  const worker = handle;
  void worker.setKeys(getDeviceKeys(getDb()));
  onLockChange(() => void worker.setKeys(getDeviceKeys(getDb())));
  return handle;
}

/** Hands the page's callback to the worker (progress reports). */
export const asCallback = <T extends (...args: never[]) => unknown>(callback: T) => Comlink.proxy(callback);
