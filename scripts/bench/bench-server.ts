import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../../server/auth/password.ts';
import { generateDemoCases } from '../../server/seed/demo-cases.ts';
import { generateDemoResources } from '../../server/seed/demo-resources.ts';
import { startServer, type RunningServer } from '../../server/start-server.ts';
import { PullResponseSchema, type PulledChange } from '../../src/schema/sync-protocol.ts';

// The Tsunagu server on a throwaway SQLite file with a bench administrator (areas ['*']) and generated data.

export const BENCH_USER = { username: 'bench', password: 'bench-password' };
const SEED = 20_240_401;

export type BenchServer = RunningServer & { dataDir: string; staticDir: string; dispose(): Promise<void> };

/** Starts the real server (SQLite, built app from dist/) holding `cases` cases and `resources` resources. */
export async function startBenchServer(root: string, cases: number, resources: number): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-bench-'));
  // A copy of the built app, so a rebuild of dist/ during the run changes nothing being measured.
  const staticDir = join(dataDir, 'dist');
  cpSync(join(root, 'dist'), staticDir, { recursive: true });
  const server = await startServer({ port: 0, dataDir, demo: false, staticDir });
  await server.store.createUser({
    id: 'user-bench', username: BENCH_USER.username, name: 'ベンチ管理者', role: 'admin', areas: ['*'],
    passwordHash: await hashPassword(BENCH_USER.password),
  });
  await server.store.importRecords(
    [
      ...generateDemoCases(cases, SEED).map((record) => ({ collection: 'cases' as const, record })),
      ...generateDemoResources(resources, SEED + 1).map((record) => ({ collection: 'resources' as const, record })),
    ],
    new Date(),
  );
  return {
    ...server,
    dataDir,
    staticDir,
    async dispose() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function signInBench(url: string): Promise<string> {
  const response = await fetch(new URL('/api/session', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_USER),
  });
  if (!response.ok) throw new Error(`bench sign-in failed: HTTP ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Every change the bench user receives, exactly as pulled (the records a first sync must store). */
export async function pullEverything(url: string, token: string): Promise<PulledChange[]> {
  const changes: PulledChange[] = [];
  let since = '';
  for (;;) {
    const query = new URLSearchParams({ since, limit: '5000' });
    const response = await fetch(new URL(`/api/sync/pull?${query}`, url), { headers: { authorization: `Bearer ${token}` } });
    const page = PullResponseSchema.parse(await response.json());
    changes.push(...page.changes);
    since = page.cursor;
    if (!page.hasMore) return changes;
  }
}
