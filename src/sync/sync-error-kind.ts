// The reason a sync failed, as SyncStatus.lastError carries it: a short machine-readable string that the page
// words in its own language. The status crosses postMessage (a string, src/schema/messages.ts), and a service
// worker of an older version may still send a free-text error: anything unknown reads as 'other'.
// WARNING: imported by the page's first screen and by the service worker; keep it import-free and DOM-free.

export type SyncErrorKind =
  | { kind: 'offline' }
  | { kind: 'server' }
  /** `retryAt`: the ISO time the server asked to wait until (Retry-After), when it said. */
  | { kind: 'rate-limited'; retryAt: string | null }
  | { kind: 'too-large' }
  /** `message`: the server's own Japanese sentence, when it sent one. */
  | { kind: 'refused'; message: string | null }
  | { kind: 'storage-full' }
  | { kind: 'other' };

/** `kind` or `kind:detail`, as stored in lastError. */
export function encodeSyncError(error: SyncErrorKind): string {
  if (error.kind === 'rate-limited' && error.retryAt) return `rate-limited:${error.retryAt}`;
  if (error.kind === 'refused' && error.message) return `refused:${error.message}`;
  return error.kind;
}

/** Reads lastError back; null for no error, 'other' for text this version does not know. */
export function decodeSyncError(text: string | null): SyncErrorKind | null {
  if (text === null) return null;
  const colon = text.indexOf(':');
  const kind = colon < 0 ? text : text.slice(0, colon);
  const detail = colon < 0 ? null : text.slice(colon + 1) || null;
  switch (kind) {
    case 'offline': case 'server': case 'too-large': case 'storage-full':
      return detail === null ? { kind } : { kind: 'other' };
    case 'rate-limited':
      return { kind, retryAt: detail !== null && !Number.isNaN(Date.parse(detail)) ? detail : null };
    case 'refused':
      return { kind, message: detail };
    default:
      return { kind: 'other' };
  }
}
