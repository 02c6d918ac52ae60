import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { reloadUnlocked, signIn, unlockApp, waitForServiceWorker, type Tablet } from './browser.ts';
import { openDemoApp, type DemoServer } from './demo-app.ts';

// Database version 9 replaced the two derived tables of version 8 with `caseIndex` (src/db/case-index.ts); an
// upgrade cannot open the sealed cases to fill it, so a tablet updated with cases on it has none of those rows
// until its next unlock. Here, in Chromium: the rows are taken away (what the upgrade leaves), the app reloaded and
// unlocked — the list says it is being prepared, then shows every case again, and the disaster rows are back.

let server: DemoServer;
let tablet: Tablet;
let closeApp = async () => {};

beforeAll(async () => {
  ({ server, tablet, close: closeApp } = await openDemoApp('case-index'));
});

afterAll(() => closeApp());

/** Rows in a store of the app's database, read raw (no app code). */
function countStore(page: Page, store: string, clear = false): Promise<number> {
  return page.evaluate(async ({ store, clear }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tsunagu');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(store, clear ? 'readwrite' : 'readonly');
    const count = await new Promise<number>((resolve) => {
      const request = tx.objectStore(store).count();
      request.onsuccess = () => resolve(request.result);
    });
    if (clear) tx.objectStore(store).clear();
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    return count;
  }, { store, clear });
}

/** Sets the saved pull cursor to '0' (raw, in the device-state store beside the database): everything again, as rows. */
function restartPullNotFromTheBeginning(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('tsunagu-device');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('state', 'readwrite');
      tx.objectStore('state').put('0', 'cursor');
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
    };
  }));
}

const listCount = (page: Page) => page.getByTestId('case-count').textContent();

describe('the case index after an update from database version 8', () => {
  it('is rebuilt from the sealed cases after the unlock, the list saying so meanwhile', async () => {
    const { page } = tablet;
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await signIn(page, 'yokosuka');
    await page.getByTestId('case-row').first().waitFor({ timeout: 30_000 });
    const before = await listCount(page);
    // A version 8 tablet held a row per case; a first sync now keeps pages whole (src/db/chunks.ts). Those go,
    // and the pull starts over not from the beginning, which writes rows as any later pull does. Offline and
    // locked meanwhile, so no sync saves another cursor over it.
    await tablet.context.setOffline(true);
    await page.reload();
    await page.getByTestId('lock-screen').waitFor();
    await countStore(page, 'chunks', true);
    await countStore(page, 'chunkBodies', true);
    await restartPullNotFromTheBeginning(page);
    await unlockApp(page);
    await tablet.context.setOffline(false);
    await expect.poll(() => listCount(page), { timeout: 30_000 }).toBe(before);
    const cases = await countStore(page, 'cases');
    expect(cases).toBeGreaterThan(20);
    expect(await countStore(page, 'caseIndex')).toBe(cases);

    // What the version 9 upgrade leaves on a tablet that had cases: no index rows at all.
    await countStore(page, 'caseIndex', true);
    expect(await countStore(page, 'caseIndex')).toBe(0);
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (document.body?.textContent?.includes('ケース一覧を準備しています')) (window as unknown as { sawPreparing: boolean }).sawPreparing = true;
      });
      seen.observe(document, { childList: true, subtree: true, characterData: true });
    });
    // Offline: the rows come from the cases on the tablet, not from a sync.
    await tablet.context.setOffline(true);
    await reloadUnlocked(page);
    await expect.poll(() => listCount(page), { timeout: 30_000 }).toBe(before);
    expect(await countStore(page, 'caseIndex')).toBe(cases);
    expect(await page.evaluate(() => (window as unknown as { sawPreparing?: boolean }).sawPreparing)).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'ケース一覧を準備しています' }).count()).toBe(0);

    await page.goto(`${server.url}/#/disaster`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('横須賀市');
    await tablet.context.setOffline(false);
  });
});
