import { describe, expect, it } from 'vitest';
import { SyncHttpError } from '../../../src/sync/api-client.ts';
import { classifySyncError, syncErrorText } from '../../../src/sync/classify-sync-error.ts';
import { decodeSyncError, encodeSyncError, type SyncErrorKind } from '../../../src/sync/sync-error-kind.ts';

const NOW = new Date('2026-11-26T10:00:00.000Z');

describe('classifySyncError', () => {
  it('never passes on the error class or a proxy’s English status text', () => {
    expect(syncErrorText(new SyncHttpError(503, 'http', 'Service Unavailable'))).toBe('server');
    expect(syncErrorText(new SyncHttpError(500, 'internal', 'サーバーでエラーが起きました'))).toBe('server');
    expect(syncErrorText(new SyncHttpError(403, 'http', 'Forbidden'))).toBe('refused');
    expect(syncErrorText(new TypeError('x is undefined'))).toBe('other');
  });

  it('tells no network, too many requests and a body too large apart', () => {
    expect(classifySyncError(new SyncHttpError(0, 'network', 'Failed to fetch'))).toEqual({ kind: 'offline' });
    expect(classifySyncError(new SyncHttpError(429, 'rate_limited', 'しばらく待ってから'), NOW)).toEqual({ kind: 'rate-limited', retryAt: null });
    expect(classifySyncError(new SyncHttpError(413, 'too_large', '本文が大きすぎます'))).toEqual({ kind: 'too-large' });
    expect(classifySyncError(new DOMException('full', 'QuotaExceededError'))).toEqual({ kind: 'storage-full' });
  });

  it('keeps the time the server asked to wait until, when the error carries it', () => {
    const error = Object.assign(new SyncHttpError(429, 'rate_limited', 'しばらく待ってから'), { retryAfter: 30 });
    expect(classifySyncError(error, NOW)).toEqual({ kind: 'rate-limited', retryAt: '2026-11-26T10:00:30.000Z' });
  });

  it('passes on our server’s Japanese reason for a refused request', () => {
    expect(classifySyncError(new SyncHttpError(403, 'forbidden', '担当地域の外のケースです'))).toEqual({ kind: 'refused', message: '担当地域の外のケースです' });
  });
});

describe('encodeSyncError and decodeSyncError', () => {
  it('reads back every kind as it was written', () => {
    const kinds: SyncErrorKind[] = [
      { kind: 'offline' }, { kind: 'server' }, { kind: 'too-large' }, { kind: 'storage-full' }, { kind: 'other' },
      { kind: 'rate-limited', retryAt: null }, { kind: 'rate-limited', retryAt: '2026-11-26T10:00:30.000Z' },
      { kind: 'refused', message: null }, { kind: 'refused', message: '理由: 期限切れ（再ログイン）' },
    ];
    for (const kind of kinds) expect(decodeSyncError(encodeSyncError(kind))).toEqual(kind);
  });

  it('reads an older version’s free text as other, and no error as null', () => {
    expect(decodeSyncError('SyncHttpError: Service Unavailable')).toEqual({ kind: 'other' });
    expect(decodeSyncError('server:extra')).toEqual({ kind: 'other' });
    expect(decodeSyncError(null)).toBeNull();
  });
});
