import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createSyncApi, SyncHttpError } from '../../../src/sync/api-client.ts';
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
    const error = new SyncHttpError(429, 'rate_limited', 'しばらく待ってから', 30);
    expect(classifySyncError(error, NOW)).toEqual({ kind: 'rate-limited', retryAt: '2026-11-26T10:00:30.000Z' });
  });

  it('reads the wait from a busy server’s Retry-After, in seconds or as a date', async () => {
    let retryAfter = '30';
    const server = createServer((_request, response) => {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': retryAfter });
      response.end(JSON.stringify({ error: { code: 'rate_limited', message: 'しばらく待ってから' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const api = createSyncApi(`http://127.0.0.1:${port}`, 'token');
    try {
      await expect(api.pull('', 10)).rejects.toMatchObject({ status: 429, retryAfter: 30 });
      retryAfter = new Date(Date.now() + 120_000).toUTCString();
      const error = (await api.pull('', 10).then(() => null, (caught: unknown) => caught)) as SyncHttpError;
      expect(error.retryAfter).toBeGreaterThanOrEqual(118);
      expect(error.retryAfter).toBeLessThanOrEqual(120);
    } finally {
      server.close();
    }
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

describe('a connection that goes silent', () => {
  /** A server that sends the headers and the start of a body, then nothing more (a link dropped without a word). */
  async function withSilentServer(run: (url: string) => Promise<void>, { sendHeaders }: { sendHeaders: boolean }): Promise<void> {
    const server = createServer((_request, response) => {
      if (!sendHeaders) return;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"changes":[');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await run(`http://127.0.0.1:${port}`);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }

  for (const sendHeaders of [false, true]) {
    it(`fails as the network failing, to be retried, once nothing comes for the stall time (${sendHeaders ? 'mid-body' : 'no answer'})`, async () => {
      await withSilentServer(async (url) => {
        const api = createSyncApi(url, 'token', fetch, { stallTimeoutMs: 300 });
        const started = Date.now();
        const error = (await api.pull('', 10).then(() => null, (caught: unknown) => caught)) as SyncHttpError;
        expect(error).toBeInstanceOf(SyncHttpError);
        expect(error.status).toBe(0);
        expect(classifySyncError(error)).toEqual({ kind: 'offline' });
        expect(Date.now() - started).toBeLessThan(5_000);
      }, { sendHeaders });
    });
  }

  it('keeps waiting for a slow answer while its bytes keep coming', async () => {
    const body = JSON.stringify({ changes: [], cursor: '0', hasMore: false });
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      // 10 bytes every 100 ms: the whole answer takes far longer than the stall time, but never goes silent.
      const timer = setInterval(() => {
        response.write(body.slice(sent, sent + 10));
        sent += 10;
        if (sent >= body.length) {
          clearInterval(timer);
          response.end();
        }
      }, 100);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const api = createSyncApi(`http://127.0.0.1:${port}`, 'token', fetch, { stallTimeoutMs: 300 });
      const started = Date.now();
      expect(await api.pull('', 10)).toMatchObject({ changes: [], cursor: '0', hasMore: false });
      expect(Date.now() - started).toBeGreaterThan(300);
    } finally {
      server.close();
    }
  });
});
