import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullAll, signInApi } from './api.ts';
import { reloadUnlocked, signIn, waitForServiceWorker, type Tablet } from './browser.ts';
import { openDemoApp, type DemoServer } from './demo-app.ts';
import { storedCaseIdsInPage } from './raw-indexeddb.ts';

let server: DemoServer;
let tablet: Tablet;
let closeApp = async () => {};

beforeAll(async () => {
  ({ server, tablet, close: closeApp } = await openDemoApp('journey'));
});

afterAll(() => closeApp());

describe('the offline journey in Chromium', () => {
  let yokosukaCount = 0;

  it('signs in, pulls the area\'s cases and nothing from other areas', async () => {
    const { page } = tablet;
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await signIn(page, 'yokosuka');
    const token = await signInApi(server.url, 'yokosuka');
    const cases = (await pullAll(server.url, token)).filter((c) => c.collection === 'cases' && !c.record.deleted);
    yokosukaCount = cases.length;
    expect(yokosukaCount).toBeGreaterThan(20);
    // The ids of the cases on the device, read raw: rows of their own and the chunks a first sync keeps
    // (src/db/chunks.ts; everything else of a case is sealed at rest, docs/security.md).
    const storedIds = () => page.evaluate(storedCaseIdsInPage);
    await expect.poll(async () => (await storedIds()).length, { timeout: 30_000 }).toBe(yokosukaCount);
    // Exactly the server's answer for this user: outside 横須賀市 only what a consent shares with it (市町を越えた連携).
    expect(new Set(await storedIds())).toEqual(new Set(cases.map((c) => c.record.id)));
    const sharedIn = cases.filter((c) => (c.record as { municipalityCode?: string }).municipalityCode !== '142018');
    expect(sharedIn.every((c) => (c.record as unknown as { consents: { areas: string[] }[] }).consents.some((consent) => consent.areas.includes('142018')))).toBe(true);
    expect(cases.length - sharedIn.length).toBeGreaterThan(20);
    await expect.poll(() => page.getByTestId('case-row').count()).toBeGreaterThan(0);
  });

  it('is installable with no errors reported by Chromium', async () => {
    const cdp = await tablet.context.newCDPSession(tablet.page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    // A CDP session left attached undoes setOffline on reload.
    await cdp.detach();
    expect(installabilityErrors).toEqual([]);
  });

  it('opens from the service worker with the network off, and searches', async () => {
    const { page, context } = tablet;
    await context.setOffline(true);
    await reloadUnlocked(page);
    await expect.poll(() => page.getByTestId('case-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('connection').textContent()).toContain('オフライン');
    const firstName = (await page.getByTestId('case-row').first().locator('[data-field="name"]').textContent()) ?? '';
    await page.getByLabel('検索').fill(firstName.trim());
    await expect.poll(() => page.getByTestId('case-row').count()).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('case-row').first().textContent()).resolves.toContain(firstName.trim());
  });

  it('keeps the search, the filters and the place in the list when coming back from a case', async () => {
    const { page } = tablet;
    await page.getByLabel('検索').fill('');
    await page.getByTestId('case-filters').locator('summary').click();
    await page.getByLabel('電源依存のみ').check();
    const filtered = await page.getByTestId('case-count').textContent();
    await page.getByTestId('case-row').nth(8).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 150));
    // The row at the top of the screen, and where it is.
    const topRow = () => page.evaluate(() => {
      const row = [...document.querySelectorAll('a.case-row')].find((a) => a.getBoundingClientRect().bottom > 0)!;
      return { href: row.getAttribute('href'), top: Math.round(row.getBoundingClientRect().top) };
    });
    const before = await topRow();
    // Clicked where it is (Playwright's click would scroll it into view first).
    await page.getByTestId('case-row').nth(8).dispatchEvent('click');
    await page.getByRole('link', { name: '編集' }).waitFor();
    await page.goBack();
    await expect.poll(() => page.getByTestId('case-count').textContent()).toBe(filtered);
    expect(await page.getByLabel('電源依存のみ').isChecked()).toBe(true);
    await expect.poll(topRow).toEqual(before);
    // Clearing the last filter leaves the panel open under the thumb.
    await page.getByLabel('電源依存のみ').uncheck();
    expect(await page.getByTestId('case-filters').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
  });

  it('edits a case offline and delivers the change when the signal returns', async () => {
    const { page, context } = tablet;
    await page.getByTestId('case-row').first().click();
    const caseId = page.url().split('/').pop()!;
    await page.getByRole('link', { name: '編集' }).click();
    const note = `オフラインで記録 ${Date.now()}`;
    await page.getByLabel('メモ').fill(note);
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('sync-status').textContent()).toContain('未送信 1件');
    // Background Sync is registered (Chromium has it): were the tab closed now, the service worker would send it.
    const syncTags = () => page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready as ServiceWorkerRegistration & { sync: { getTags(): Promise<string[]> } };
      return registration.sync.getTags();
    });
    await expect.poll(syncTags, { timeout: 10_000 }).toContain('tsunagu-sync');

    await context.setOffline(false);
    const token = await signInApi(server.url, 'yokosuka');
    await expect.poll(async () => {
      const changes = await pullAll(server.url, token);
      return changes.find((c) => c.record.id === caseId)?.record.notes;
    }, { timeout: 30_000, interval: 500 }).toBe(note);
    await expect.poll(() => page.getByTestId('sync-status').textContent(), { timeout: 15_000 }).toContain('未送信 0件');
  });
});
