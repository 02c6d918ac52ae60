import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/start-server.ts';
import { openTablet, type Tablet } from './browser.ts';

export type DemoServer = Awaited<ReturnType<typeof startServer>>;
export type DemoApp = { server: DemoServer; tablet: Tablet; close(): Promise<void> };

/** The built app on a fresh server with demo data (its own temp folder), and one fresh Chromium tablet. */
export async function openDemoApp(name: string): Promise<DemoApp> {
  const dataDir = mkdtempSync(join(tmpdir(), `tsunagu-e2e-${name}-`));
  const server = await startServer({ port: 0, dataDir, demo: true, staticDir: join(process.cwd(), 'dist') });
  const tablet = await openTablet();
  return {
    server,
    tablet,
    async close() {
      await tablet.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
