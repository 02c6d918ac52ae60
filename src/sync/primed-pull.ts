import type { PullHead } from '../schema/pull-head.ts';
import type { SyncApi } from './api-client.ts';

// WARNING: runs in the service worker (and in the page before one controls it); keep DOM-free.

/**
 * The API with the first page of a first sync already asked for: a first sign-in asks for it the moment the
 * server answers, while the device makes its keys and its mark. The sync's own first pull — from the beginning,
 * same size, same device — is handed that request (and its head, heard or to come); every other call, a retry of
 * that page included, goes to `api`.
 */
export function primeFirstPull(api: SyncApi, clientId: string, limit: number): SyncApi {
  let head: PullHead | undefined;
  let passHead: ((head: PullHead) => void) | undefined;
  let primed: ReturnType<SyncApi['pull']> | null = api.pull('', limit, clientId, (heard) => {
    head = heard;
    passHead?.(heard);
  });
  // Never asked for (the sync stopped first): its failure must not go unhandled.
  primed.catch(() => {});
  return {
    ...api,
    pull(since, pageLimit, pageClientId, onHead) {
      const first = primed;
      primed = null;
      if (!first || since !== '' || pageLimit !== limit || pageClientId !== clientId) return api.pull(since, pageLimit, pageClientId, onHead);
      if (head) onHead?.(head);
      else passHead = onHead;
      return first;
    },
  };
}
