import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from '../../../server/seed/seed-demo.ts';
import type { TestDatabase } from '../store/test-databases.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const BUNDLE = join(root, 'dist-server', 'main.mjs');
const START_TIMEOUT_MS = 20_000;

/** Builds dist-server/main.mjs when missing or older than its sources — the same rule `npm test` applies. */
export function ensureServerBundle(): void {
  const build = spawnSync(process.execPath, ['--input-type=module', '-e', "(await import('./scripts/lib/setup.mjs')).ensureBuilt()"], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0 || !existsSync(BUNDLE)) {
    throw new Error(`dist-server/main.mjs is missing and \`node scripts/build.mjs\` failed:\n${build.stderr}${build.stdout}`);
  }
}

/** Demo accounts only (no records), written before the server process starts. */
export async function seedAccounts(db: TestDatabase): Promise<void> {
  const store = await db.open();
  await seedDemo(store, { cases: 0, resources: 0, withVisits: false });
  await store.close();
}

export type ServerProcess = {
  url: string;
  child: ChildProcess;
  /** Everything the process has printed so far. */
  readOutput(): string;
  /** Resolves with the exit code (null when killed by a signal) and everything the process printed. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
};

/** `node dist-server/main.mjs` on a free port, on `db`; resolves once it listens. */
export async function startServerProcess(db: TestDatabase): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-process-'));
  const portFile = join(dir, 'port');
  const env = {
    ...process.env, ...db.env, PORT: '0', HOST: '127.0.0.1', TSUNAGU_NO_DEMO: '1', TSUNAGU_PORT_FILE: portFile, TSUNAGU_STATIC_DIR: join(dir, 'no-app'),
  };
  const child = spawn(process.execPath, [BUNDLE], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((done) => {
    child.once('exit', (code, signal) => {
      rmSync(dir, { recursive: true, force: true });
      done({ code, signal, output });
    });
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  for (const started = Date.now(); !existsSync(portFile); ) {
    if (hasExited) throw new Error(`the server process exited before listening:\n${output}`);
    if (Date.now() - started > START_TIMEOUT_MS) {
      child.kill('SIGKILL');
      throw new Error(`the server process did not listen within ${START_TIMEOUT_MS} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { url: `http://127.0.0.1:${readFileSync(portFile, 'utf8')}`, child, readOutput: () => output, exited };
}

/** Ends a process this test started, if it still runs. */
export async function stopServerProcess(server: ServerProcess | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGKILL');
  await server.exited;
}
