import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/start-server.ts';
import { openTablet, signIn, waitForServiceWorker } from '../../tests/e2e/browser.ts';
import { signInApi } from '../../tests/e2e/api.ts';
import { DEMO_CASE } from './demo-case.ts';

// Pushes one fictitious case over the API, opens it on a tablet-sized Chromium and saves docs/case-view.png.

const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-shot-'));
const server = await startServer({ port: 0, dataDir, demo: true, staticDir: join(process.cwd(), 'dist') });
const tablet = await openTablet();
try {
  const token = await signInApi(server.url, 'yokosuka');
  const caseId = crypto.randomUUID();
  const mutation = { id: crypto.randomUUID(), collection: 'cases', recordId: caseId, baseRev: null, op: 'upsert', fields: DEMO_CASE, at: `${String(Date.now()).padStart(13, '0')}:0000:screenshot` };
  const pushed = await fetch(new URL('/api/sync/push', server.url), {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ clientId: 'screenshot', mutations: [mutation] }),
  });
  console.log('push', pushed.status, await pushed.text());
  const { page } = tablet;
  await page.setViewportSize({ width: 1180, height: 1400 });
  await page.goto(server.url);
  await waitForServiceWorker(page);
  await signIn(page, 'yokosuka');
  await page.getByTestId('case-row').first().waitFor({ timeout: 30_000 });
  await page.goto(`${server.url}/#/cases/${caseId}`);
  await page.getByTestId('care-score').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(process.cwd(), 'docs', 'case-view.png'), fullPage: false });
  console.log('wrote docs/case-view.png');
} finally {
  await tablet.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
