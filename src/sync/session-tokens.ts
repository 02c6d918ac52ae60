import type { TsunaguDb } from '../db/database.ts';
import { getSession, saveSession } from '../db/device-state.ts';
import type { StoredSession } from '../schema/device-state.ts';
import { ApiErrorSchema, SessionResponseSchema } from '../schema/session.ts';
import { networkError, STALL_TIMEOUT_MS, SyncHttpError } from './api-client.ts';

// WARNING: runs in the service worker; keep DOM-free.

/** The bearer token of a signed-in device, and how to get a new one when it has expired. */
export type SessionTokens = {
  token(): string;
  /** A new access token, or null when the sign-in is over (sign in again). Throws `account_disabled`. */
  refresh(): Promise<string | null>;
};

type LockManagerLike = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

/** One refresh at a time across the page and the service worker (each holds its own SessionTokens). */
function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks ? locks.request('tsunagu-refresh', task) : task();
}

async function readError(response: Response): Promise<{ code: string; message: string }> {
  const parsed = ApiErrorSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data.error : { code: 'http', message: response.statusText };
}

/**
 * Trades the one-time refresh token for a new pair and saves it. Single-flight: a second caller waits for the
 * same exchange, because presenting a refresh token twice revokes the whole sign-in (it looks stolen).
 */
export function createSessionTokens(db: TsunaguDb, session: StoredSession, baseUrl: string, fetchImpl: typeof fetch = fetch): SessionTokens {
  let current = session;
  let inFlight: Promise<string | null> | null = null;

  async function exchange(): Promise<string | null> {
    // Someone else (the page, the service worker) may have refreshed already: use theirs, never present ours twice.
    const stored = await getSession(db);
    if (stored && stored.token !== current.token) {
      current = stored;
      return current.token;
    }
    if (!current.refreshToken) return null;
    let response: Response;
    try {
      response = await fetchImpl(new URL('/api/session/refresh', baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken: current.refreshToken }),
        // A small answer: a link gone silent fails it whole, like a sync request's stall (api-client.ts).
        signal: AbortSignal.timeout(STALL_TIMEOUT_MS),
      });
    } catch (cause) {
      throw networkError(cause);
    }
    if (response.status === 401) return null;
    if (!response.ok) {
      const error = await readError(response);
      throw new SyncHttpError(response.status, error.code, error.message);
    }
    const answer: unknown = await response.json().catch((cause: unknown) => {
      throw networkError(cause);
    });
    const next = SessionResponseSchema.parse(answer);
    current = { token: next.token, expiresAt: next.expiresAt, refreshToken: next.refreshToken, refreshExpiresAt: next.refreshExpiresAt, user: next.user };
    await saveSession(db, current);
    return current.token;
  }

  return {
    token: () => current.token,
    refresh() {
      inFlight ??= withRefreshLock(exchange).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };
}
