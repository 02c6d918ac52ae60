import { ApiErrorSchema, SessionRequestSchema, SessionResponseSchema, type SessionResponse } from '../../schema/session.ts';
import { SignInError } from './sign-in-error.ts';

/** POST /api/session; the body and the answer are parsed with the shared schemas. */
export async function requestSession(username: string, password: string): Promise<SessionResponse> {
  const body = SessionRequestSchema.safeParse({ username, password });
  if (!body.success) {
    const issue = body.error.issues[0]!;
    const field = issue.path[0] === 'password' ? 'password' : 'username';
    throw new SignInError({ kind: 'field', field, message: issue.message });
  }
  if (!navigator.onLine) throw new SignInError({ kind: 'offline' });
  let response: Response;
  try {
    response = await fetch('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body.data),
    });
  } catch {
    throw new SignInError({ kind: 'offline' });
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.status === 401) throw new SignInError({ kind: 'invalid' });
  if (!response.ok) {
    const error = ApiErrorSchema.safeParse(json);
    throw new SignInError({ kind: 'server', message: error.success ? error.data.error.message : `HTTP ${response.status}` });
  }
  const parsed = SessionResponseSchema.safeParse(json);
  if (!parsed.success) throw new SignInError({ kind: 'server', message: 'unexpected response' });
  return parsed.data;
}
