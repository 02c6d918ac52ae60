import * as Comlink from 'comlink';
import { shareKeysWith } from '../hooks/share-keys.ts';
import type { ResourceWorkerApi } from '../../workers/resource-worker.ts';

// The one handle to the resource worker (CSV, matching, unmet needs), started on first use.

let handle: Comlink.Remote<ResourceWorkerApi> | undefined;

export function getResourceWorker(): Comlink.Remote<ResourceWorkerApi> {
  if (!handle) {
    handle = Comlink.wrap<ResourceWorkerApi>(
      new Worker(new URL('../../workers/resource-worker.ts', import.meta.url), { type: 'module', name: 'resources' }),
    );
    shareKeysWith(handle);
  }
  return handle;
}

/** Hands the page's callback to the worker (progress reports). */
export const asCallback = <T extends (...args: never[]) => unknown>(callback: T) => Comlink.proxy(callback);
