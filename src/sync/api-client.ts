import {
  PullResponseSchema,
  PushResponseSchema,
  type PullResponse,
  type PulledBytes,
  type PushRequest,
  type PushResponse,
} from '../schema/sync-protocol.ts';
import type { Collection } from '../schema/collections.ts';
import { RecordsResponseSchema, type RecordsResponse } from '../schema/records-read.ts';
import { SealKeySchema, type SealKey } from '../schema/seal-key.ts';
import { decodeJson } from '../crypto/bytes.ts';
import { CURSOR_HEADER, HAS_MORE_HEADER, type PullHead } from '../schema/pull-head.ts';
import type { WireMutation } from '../db/outbox-seal.ts';
import type { SessionTokens } from './session-tokens.ts';

// WARNING: runs in the service worker; keep DOM-free.

/**
 * An HTTP answer other than success; `status` 0 means the network itself failed. `retryAfter`: the seconds a
 * busy server asked to wait (its Retry-After), when it said.
 */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

/** Retry-After in seconds (a number of seconds or an HTTP date), or null. */
function retryAfterOf(headers: Headers, now = Date.now()): number | null {
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now) / 1000));
}

/** A push body as sent: each mutation with clear `fields` or `sealed` to the server's key. */
export type PushBody = Omit<PushRequest, 'mutations'> & { mutations: WireMutation[] };

export type SyncApi = {
  push(body: PushBody): Promise<PushResponse>;
  /** The server's public key for sealed mutations. */
  sealKey(): Promise<SealKey>;
  /**
   * `clientId` names this device, so the server can say which cases it must remove. `onHead` hears the page's
   * cursor as soon as its headers arrive, before the body (servers that send it as headers; others not at all).
   */
  pull(since: string, limit: number, clientId?: string, onHead?: (head: PullHead) => void): Promise<PullResponse & PulledBytes>;
  /** Records of one collection as the server has them now (at most MAX_RECORDS_READ ids). */
  records(collection: Collection, ids: readonly string[]): Promise<RecordsResponse>;
};

type Auth = string | SessionTokens;

function parseJson(bytes: Uint8Array<ArrayBuffer>): unknown {
  try {
    return decodeJson(bytes);
  } catch {
    return null;
  }
}

/**
 * The sync endpoints. With `SessionTokens`, an expired access token is refreshed once, transparently, and the
 * request sent again; with a bare token a 401 surfaces as is.
 */
export function createSyncApi(baseUrl: string, auth: Auth, fetchImpl: typeof fetch = fetch): SyncApi {
  const tokens = typeof auth === 'string' ? null : auth;
  const tokenNow = () => (tokens ? tokens.token() : (auth as string));

  async function send(path: string, token: string, init?: RequestInit): Promise<Response> {
    try {
      return await fetchImpl(new URL(path, baseUrl), {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      });
    } catch (cause) {
      throw new SyncHttpError(0, 'network', cause instanceof Error ? cause.message : 'network error');
    }
  }

  async function call(path: string, init?: RequestInit): Promise<unknown> {
    return (await callKeepingBytes(path, init)).body;
  }

  /**
   * The answer parsed, and its bytes as received (a pulled page is stored as it came, src/db/chunks.ts);
   * `onHeaders` sees a successful answer's headers before its body is read.
   */
  async function callKeepingBytes(path: string, init?: RequestInit, onHeaders?: (headers: Headers) => void): Promise<{ body: unknown; bytes: Uint8Array<ArrayBuffer> }> {
    const used = tokenNow();
    let response = await send(path, used, init);
    if (response.status === 401 && tokens) {
      await response.arrayBuffer().catch(() => null);
      // Another request may already have refreshed; only the first exchanges the refresh token.
      const fresh = tokens.token() !== used ? tokens.token() : await tokens.refresh();
      if (fresh) response = await send(path, fresh, init);
    }
    if (response.ok) onHeaders?.(response.headers);
    // A body that breaks off is the network failing (retried), not a malformed answer.
    const bytes = new Uint8Array(await response.arrayBuffer().catch((cause: unknown) => {
      if (!response.ok) return new ArrayBuffer(0);
      throw new SyncHttpError(0, 'network', cause instanceof Error ? cause.message : 'network error');
    }));
    const body = parseJson(bytes);
    if (!response.ok) {
      const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
      throw new SyncHttpError(response.status, error?.code ?? 'http', error?.message ?? response.statusText, retryAfterOf(response.headers));
    }
    return { body, bytes };
  }

  return {
    async push(body) {
      return PushResponseSchema.parse(await call('/api/sync/push', { method: 'POST', body: JSON.stringify(body) }));
    },
    async sealKey() {
      return SealKeySchema.parse(await call('/api/sync/key'));
    },
    async pull(since, limit, clientId, onHead) {
      const query = new URLSearchParams({ since, limit: String(limit), ...(clientId ? { client: clientId } : {}) });
      const { body, bytes } = await callKeepingBytes(`/api/sync/pull?${query}`, undefined, (headers) => {
        const cursor = headers.get(CURSOR_HEADER);
        const hasMore = headers.get(HAS_MORE_HEADER);
        if (onHead && cursor !== null && hasMore !== null) onHead({ cursor: decodeURIComponent(cursor), hasMore: hasMore === 'true' });
      });
      return { ...PullResponseSchema.parse(body), bytes };
    },
    async records(collection, ids) {
      const query = new URLSearchParams({ collection, ids: ids.join(',') });
      return RecordsResponseSchema.parse(await call(`/api/sync/records?${query}`));
    },
  };
}
