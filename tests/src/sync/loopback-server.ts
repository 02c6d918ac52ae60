import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../../server/start-server.ts';
import { DEMO_PASSWORD } from '../../../server/seed/demo-users.ts';
import { SessionResponseSchema, type SessionResponse } from '../../../src/schema/session.ts';
import { PullResponseSchema, type PulledChange } from '../../../src/schema/sync-protocol.ts';

/**
 * The real server over loopback HTTP on a SQLite file in a temp dir, with demo accounts and no demo records.
 * `restart()` closes it (in-flight requests finish) and starts it again on the same file, on a new port.
 */
export class LoopbackServer {
  private running: RunningServer | null = null;
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-sync-'));
  restarts = 0;

  private constructor(private readonly now?: () => Date) {}

  static async start(now?: () => Date): Promise<LoopbackServer> {
    const server = new LoopbackServer(now);
    await server.open();
    return server;
  }

  /** The running server's store (tests change accounts through it), or null while the server is down. */
  get store() {
    return this.running?.store ?? null;
  }

  /** The current origin, or null while the server is down. */
  get url(): string | null {
    return this.running?.url ?? null;
  }

  private async open(): Promise<void> {
    this.running = await startServer({
      port: 0,
      dataDir: this.dataDir,
      demo: { cases: 0, resources: 0, withVisits: false },
      staticDir: join(this.dataDir, 'no-app'),
      ...(this.now ? { now: this.now } : {}),
    });
  }

  async restart(): Promise<void> {
    const running = this.running;
    this.running = null;
    await running?.close();
    await this.open();
    this.restarts += 1;
  }

  async stop(): Promise<void> {
    await this.running?.close();
    this.running = null;
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async signIn(username: string): Promise<SessionResponse> {
    const response = await fetch(`${this.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (response.status !== 200) throw new Error(`sign-in as ${username} answered ${response.status}`);
    return SessionResponseSchema.parse(await response.json());
  }

  /** Every change the token's user may see, page by page, straight over HTTP (no client engine). */
  async pullAll(token: string): Promise<PulledChange[]> {
    const changes: PulledChange[] = [];
    let since = '';
    for (;;) {
      const response = await fetch(`${this.url}/api/sync/pull?since=${since}&limit=1000`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (response.status !== 200) throw new Error(`pull answered ${response.status}`);
      const page = PullResponseSchema.parse(await response.json());
      changes.push(...page.changes);
      since = page.cursor;
      if (!page.hasMore) return changes;
    }
  }

  /** The latest version of every record the token's user may see, by collection and id. */
  async readLatest(token: string): Promise<Map<string, Record<string, unknown> & { id: string }>> {
    const latest = new Map<string, Record<string, unknown> & { id: string }>();
    for (const { collection, record } of await this.pullAll(token)) latest.set(`${collection}/${record.id}`, record);
    return latest;
  }
}
