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

/**
 * No answer, or no byte of it, for this long: the connection is taken for dead and the request fails as the
 * network failing (retried). A mobile link that drops without a word (a car leaving the mast's reach) otherwise
 * holds the request, and every sync behind it, for many minutes after the signal is back. Progress is timed,
 * not the whole request: a first sync's page of 3,000 records over a poor link may rightly take longer.
 */
export const STALL_TIMEOUT_MS = 30_000;

/** Aborts `controller` once `ms` pass without `progress()`; `stop()` when the answer is read. */
function watchForStall(controller: AbortController, ms: number) {
  let timer = setTimeout(() => controller.abort(), ms);
  return {
    progress() {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(), ms);
    },
    stop: () => clearTimeout(timer),
  };
}

type StallWatch = ReturnType<typeof watchForStall>;

/** The body's bytes, each chunk counting as progress. */
async function readBody(response: Response, watch: StallWatch): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    watch.progress();
    chunks.push(read.value);
    length += read.value.byteLength;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
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

/** The network failing (retried): `stalledMs` when the stall watch aborted the request. */
export function networkError(cause: unknown, stalledMs: number | null = null): SyncHttpError {
  const message = stalledMs !== null ? `no answer for ${stalledMs / 1000} s` : cause instanceof Error ? cause.message : 'network error';
  return new SyncHttpError(0, 'network', message);
}

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
export function createSyncApi(
  baseUrl: string, auth: Auth, fetchImpl: typeof fetch = fetch, { stallTimeoutMs = STALL_TIMEOUT_MS } = {},
): SyncApi {
  const tokens = typeof auth === 'string' ? null : auth;
  const tokenNow = () => (tokens ? tokens.token() : (auth as string));

  /** The answer's headers; `watch` then times its body too (stop it once read). */
  async function send(path: string, token: string, init?: RequestInit): Promise<{ response: Response; watch: StallWatch }> {
    const controller = new AbortController();
    const watch = watchForStall(controller, stallTimeoutMs);
    try {
      const response = await fetchImpl(new URL(path, baseUrl), {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        signal: controller.signal,
      });
      watch.progress();
      return { response, watch };
    } catch (cause) {
      watch.stop();
      throw networkError(cause, controller.signal.aborted ? stallTimeoutMs : null);
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
    let { response, watch } = await send(path, used, init);
    if (response.status === 401 && tokens) {
      await readBody(response, watch).catch(() => null);
      watch.stop();
      // Another request may already have refreshed; only the first exchanges the refresh token.
      const fresh = tokens.token() !== used ? tokens.token() : await tokens.refresh();
      if (fresh) ({ response, watch } = await send(path, fresh, init));
    }
    if (response.ok) onHeaders?.(response.headers);
    // A body that breaks off (or stalls) is the network failing (retried), not a malformed answer.
    const bytes = await readBody(response, watch).catch((cause: unknown) => {
      if (!response.ok) return new Uint8Array(0);
      throw networkError(cause);
    }).finally(() => watch.stop());
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
