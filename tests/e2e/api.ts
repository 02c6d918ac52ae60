import { PullResponseSchema, type PulledChange } from '../../src/schema/sync-protocol.ts';
import { SessionResponseSchema } from '../../src/schema/session.ts';

/** Signs in over HTTP as a second device would, and returns its bearer token. */
export async function signInApi(baseUrl: string, username: string, password = 'tsunagu-demo'): Promise<string> {
  const response = await fetch(new URL('/api/session', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return SessionResponseSchema.parse(await response.json()).token;
}

/** Pulls everything the user may see, following the cursor to the end. */
export async function pullAll(baseUrl: string, token: string): Promise<PulledChange[]> {
  const changes: PulledChange[] = [];
  let since = '';
  for (;;) {
    const url = new URL(`/api/sync/pull?since=${since}&limit=1000`, baseUrl);
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const page = PullResponseSchema.parse(await response.json());
    changes.push(...page.changes);
    since = page.cursor;
    if (!page.hasMore) return changes;
  }
}
