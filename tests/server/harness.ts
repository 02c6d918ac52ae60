import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startServer, type RunningServer, type StartOptions } from '../../server/start-server.ts';
import { DEMO_PASSWORD } from '../../server/seed/demo-users.ts';
import { SessionResponseSchema } from '../../src/schema/session.ts';
import {
  PullResponseSchema,
  PushResponseSchema,
  type Mutation,
  type PulledChange,
  type PullResponse,
  type PushResult,
  type SealedMutation,
} from '../../src/schema/sync-protocol.ts';

export type TestServer = RunningServer & { dataDir: string; stop(): Promise<void> };

/** A real server on 127.0.0.1 with a fresh SQLite file in a temp dir: demo accounts, no demo records. */
export async function startTestServer(options: Partial<StartOptions> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-server-'));
  const server = await startServer({
    port: 0, dataDir, demo: { cases: 0, resources: 0, withVisits: false }, staticDir: join(dataDir, 'no-app'), ...options,
  });
  return {
    ...server,
    dataDir,
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in device talking to the API. */
export class TestClient {
  readonly clientId = `device-${randomUUID().slice(0, 8)}`;
  constructor(readonly url: string, readonly token: string) {}

  async push(...mutations: (Mutation | SealedMutation)[]): Promise<PushResult[]> {
    const response = await fetch(`${this.url}/api/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: this.clientId, mutations }),
    });
    if (response.status !== 200) throw new Error(`push answered ${response.status}: ${await response.text()}`);
    return PushResponseSchema.parse(await response.json()).results;
  }

  async pull(since = '', limit = 1000): Promise<PullResponse> {
    const response = await fetch(`${this.url}/api/sync/pull?since=${since}&limit=${limit}`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    if (response.status !== 200) throw new Error(`pull answered ${response.status}: ${await response.text()}`);
    return PullResponseSchema.parse(await response.json());
  }

  /** Every change from `since`, page by page. */
  async pullAll(since = '', limit = 1000): Promise<{ changes: PulledChange[]; cursor: string; pages: number }> {
    const changes: PulledChange[] = [];
    let cursor = since;
    let pages = 0;
    for (;;) {
      const page = await this.pull(cursor, limit);
      changes.push(...page.changes);
      cursor = page.cursor;
      pages++;
      if (!page.hasMore) return { changes, cursor, pages };
    }
  }

  /** The latest pulled version of a record, or undefined. */
  async find(collection: string, id: string): Promise<Record<string, unknown> | undefined> {
    const { changes } = await this.pullAll();
    return changes.filter((c) => c.collection === collection && c.record.id === id).at(-1)?.record;
  }
}

export async function signIn(url: string, username: string, password = DEMO_PASSWORD): Promise<TestClient> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
  const session = SessionResponseSchema.parse(await response.json());
  return new TestClient(url, session.token);
}
