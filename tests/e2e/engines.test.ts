import { afterAll, beforeAll, describe, it } from 'vitest';
import { MAX_RETRY_DELAY_MS } from '../../src/ui/sync/retry-soon.ts';
import { pullAll, signInApi } from './api.ts';
import { startAppServer, type AppServer } from './drivers/app-server.ts';
import { ENGINES } from './drivers/engines.ts';
import {
  countStoredCases, currentCaseId, editNote, hasController, hasSyncManager, openTabletIn, signIn, unlock, type Tablet,
} from './drivers/tablet.ts';

// The core offline journey, written once and run in every engine. Offline is a cut link (./drivers/link.ts);
// Chromium and Firefox also flip their own network switch, so the page sees `offline` there (Firefox's page,
// reloaded offline, then misses its `online`). WebKitGTK has no switch: its page never learns the link went away
// or came back. Either way a failed sync is tried again soon (src/ui/sync/retry-soon.ts: 5 s, doubling, at most
// 30 s, ±20 %; while the page says offline, as soon as it says online), not left to the page's 60-s timer.

const RETRY_WAIT_MS = MAX_RETRY_DELAY_MS * 1.2;
const SAVE_SYNC_RETRY_MS = 3_000;
let server: AppServer;
let yokosukaCases = 0;

beforeAll(async () => {
  server = await startAppServer();
  const changes = await pullAll(server.url, await signInApi(server.url, 'yokosuka'));
  yokosukaCases = changes.filter((c) => c.collection === 'cases' && !c.record.deleted).length;
});

afterAll(async () => {
  await server?.close();
});

// Each engine edits its own case, so the journeys never conflict with one another. The engines run side by side
// (most of a journey is the wait for the page's timer, not work); the steps of one journey run in order.
const runs = [ENGINES.chromium, ENGINES.webkit, ENGINES.firefox].map((engine, caseIndex) => ({ engine, caseIndex }));

const step = it.sequential;

describe.concurrent.each(runs)('the offline journey in $engine.name', ({ engine, caseIndex }) => {
  let tablet: Tablet;
  let caseId = '';
  let note = '';

  beforeAll(async () => {
    tablet = await openTabletIn(engine, server.url);
  });

  afterAll(async () => {
    await tablet?.close();
  });

  step('loads, and the service worker takes control', async ({ expect }) => {
    await tablet.driver.goto(tablet.link.url);
    await expect.poll(() => hasController(tablet.driver), { timeout: 30_000 }).toBe(true);
  });

  step('signs in and the first sync brings every case of the area', async ({ expect }) => {
    await signIn(tablet.driver, 'yokosuka');
    await expect.poll(() => countStoredCases(tablet.driver), { timeout: 30_000 }).toBe(yokosukaCases);
    await expect.poll(() => tablet.count('case-row')).toBeGreaterThan(0);
  });

  step('asks for persistent storage, and warns only where the browser may evict the data', async ({ expect }) => {
    // Headless Chromium and WebKitGTK refuse persistence to a site that is not installed; Firefox grants it here
    // (its permission prompt is answered by the test prefs).
    const isPersisted = () => tablet.driver.evaluate(() => navigator.storage.persisted(), undefined);
    await expect.poll(isPersisted).toBe(engine.name === 'firefox');
    await expect.poll(() => tablet.count('storage-notice')).toBe(engine.name === 'firefox' ? 0 : 1);
  });

  step('opens from the service worker with the link cut, and shows the cases', async ({ expect }) => {
    await tablet.goOffline();
    await tablet.driver.reload();
    await unlock(tablet.driver);
    await expect.poll(() => tablet.count('case-row'), { timeout: 15_000 }).toBeGreaterThan(0);
    const expected = tablet.driver.hasNetworkSwitch ? 'オフライン' : 'オンライン';
    await expect.poll(() => tablet.text('connection')).toContain(expected);
  });

  step('keeps an edit made offline as unsent', async ({ expect }) => {
    await tablet.driver.click({ testId: 'case-row', index: caseIndex });
    caseId = await currentCaseId(tablet.driver);
    note = `${engine.name}でオフライン記録 ${Date.now()}`;
    await editNote(tablet.driver, note);
    await expect.poll(() => tablet.text('sync-status')).toContain('未送信 1件');
    // The save asks for a sync, which retries for about 1.2 s; let it give up, so that only a later trigger can
    // deliver the edit.
    await new Promise((resolve) => setTimeout(resolve, SAVE_SYNC_RETRY_MS));
    await expect.poll(() => tablet.text('sync-status')).toMatch(/未送信 1件.*同期できません/);
  });

  step('delivers the edit when the link returns, by page triggers alone', async ({ expect }) => {
    // Background Sync is Chromium's alone: elsewhere the page's own triggers must carry the change.
    expect(await hasSyncManager(tablet.driver)).toBe(engine.name === 'chromium');
    await tablet.goOnline();
    const token = await signInApi(server.url, 'yokosuka');
    await expect.poll(async () => {
      const changes = await pullAll(server.url, token);
      return changes.find((c) => c.collection === 'cases' && c.record.id === caseId)?.record.notes;
    }, { timeout: RETRY_WAIT_MS + 10_000, interval: 500 }).toBe(note);
    await expect.poll(() => tablet.text('sync-status'), { timeout: 15_000 }).toContain('未送信 0件');
  }, RETRY_WAIT_MS + 30_000);
});
