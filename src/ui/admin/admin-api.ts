import { getDb } from '../../db/database.ts';
import { getSession } from '../../db/device-state.ts';
import { ApiErrorSchema } from '../../schema/session.ts';
import { createSessionTokens } from '../../sync/session-tokens.ts';

/** A refused admin call, with the server's message and the field it names. */
export class AdminApiError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = 'AdminApiError';
  }
}

/**
 * An API call with the signed-in session's current token; an expired access token is refreshed once (the same
 * single exchange the sync engine uses) and the call repeated.
 */
export async function adminFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const db = getDb();
  const session = await getSession(db);
  if (!session) throw new AdminApiError('signed out');
  const tokens = createSessionTokens(db, session, location.origin);
  const send = (token: string) =>
    fetch(path, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
  let response = await send(tokens.token());
  if (response.status === 401) {
    const fresh = await tokens.refresh();
    if (fresh) response = await send(fresh);
  }
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(await response.json().catch(() => null));
    throw new AdminApiError(parsed.success ? parsed.data.error.message : `HTTP ${response.status}`, parsed.success ? parsed.data.error.field : undefined);
  }
  return response;
}

export async function adminJson(path: string, method = 'GET', body?: unknown): Promise<unknown> {
  const response = await adminFetch(path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return response.json();
}
