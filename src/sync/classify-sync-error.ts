import { hasJapanese } from '../domain/japanese-text.ts';
import { SyncHttpError } from './api-client.ts';
import { encodeSyncError, type SyncErrorKind } from './sync-error-kind.ts';

// WARNING: runs in the service worker; keep DOM-free.

/**
 * Why a sync failed, in terms the page can word for a coordinator: never the JS class name, never a proxy's
 * English status text. Only a 4xx's Japanese message from our own server is passed on as written.
 */
export function classifySyncError(error: unknown, now: Date = new Date()): SyncErrorKind {
  if (error instanceof SyncHttpError) {
    if (error.status === 0) return { kind: 'offline' };
    if (error.status === 429) {
      const seconds = error.retryAfter;
      return { kind: 'rate-limited', retryAt: seconds === null ? null : new Date(now.getTime() + seconds * 1000).toISOString() };
    }
    if (error.status === 413) return { kind: 'too-large' };
    if (error.status >= 500) return { kind: 'server' };
    return { kind: 'refused', message: hasJapanese(error.message) ? error.message : null };
  }
  if (error instanceof Error && error.name === 'QuotaExceededError') return { kind: 'storage-full' };
  return { kind: 'other' };
}

/** SyncStatus.lastError for a failed sync. */
export const syncErrorText = (error: unknown): string => encodeSyncError(classifySyncError(error));
