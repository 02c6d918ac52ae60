import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../../server/start-server.ts';

// The server for a journey, with demo data and its own copy of the built app: others rebuild dist/ while these
// tests run (the swap is atomic, but a service worker installing from a swapped-out build fails its precache).

export type AppServer = { url: string; close(): Promise<void> };

function copyDist(to: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      cpSync(join(process.cwd(), 'dist'), to, { recursive: true });
      return;
    } catch (error) {
      // A rebuild swapped dist/ mid-copy: copy the new one.
      if (attempt >= 3) throw error;
      rmSync(to, { recursive: true, force: true });
    }
  }
}

export async function startAppServer(): Promise<AppServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-engines-'));
  const staticDir = join(dir, 'dist');
  copyDist(staticDir);
  const server = await startServer({ port: 0, dataDir: dir, demo: true, staticDir });
  return {
    url: server.url,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
