import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullAll, signInApi } from './api.ts';
import { reloadUnlocked, setUpPin, waitForServiceWorker, type Tablet } from './browser.ts';
import { openDemoApp, type DemoServer } from './demo-app.ts';
import { countRows, dumpIndexedDb } from './raw-indexeddb.ts';

// A first sign-in's sync runs while the PIN is chosen, under keys held only in memory: the records arrive
// sealed, nothing is shown, and a tab closed (here: reloaded) before the PIN leaves nothing readable behind —
// what it stored is removed at the next start. With the PIN set, the same records are the app's.

let server: DemoServer;
let tablet: Tablet;
let closeApp = async () => {};

beforeAll(async () => {
  ({ server, tablet, close: closeApp } = await openDemoApp('sync-before-pin'));
});

afterAll(() => closeApp());

type DemoCase = { name: string; address: string; municipalityCode: string; deleted: boolean };

async function signInToPinScreen(page: Page): Promise<void> {
  await page.getByLabel('ユーザー名').fill('yokosuka');
  await page.getByLabel('パスワード').fill('tsunagu-demo');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByTestId('pin-setup').waitFor();
}

describe('the first sync before the PIN', () => {
  let children: DemoCase[] = [];

  it('receives the records while the PIN is chosen, sealed, with no vault and nothing shown', async () => {
    const { page } = tablet;
    children = (await pullAll(server.url, await signInApi(server.url, 'yokosuka')))
      .filter((change) => change.collection === 'cases')
      .map((change) => change.record as unknown as DemoCase)
      .filter((child) => !child.deleted);
    expect(children.length).toBeGreaterThan(10);
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await signInToPinScreen(page);
    await expect.poll(() => countRows(page, 'chunks'), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await countRows(page, 'vault')).toBe(0);
    const dump = await dumpIndexedDb(page);
    for (const child of children.slice(0, 20)) {
      expect(dump).not.toContain(child.name);
      expect(dump).not.toContain(child.address);
    }
    expect(await page.getByTestId('case-row').count()).toBe(0);
  });

  it('leaves nothing behind when the tab goes before the PIN: the next start removes what it stored', async () => {
    const { page } = tablet;
    await page.reload();
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    await expect.poll(() => countRows(page, 'chunks')).toBe(0);
    for (const table of ['cases', 'caseIndex', 'resources', 'chunkBodies', 'visits']) expect(await countRows(page, table)).toBe(0);
  });

  it('stops, and removes what it stored and its place, when the person signs out at the PIN screen', async () => {
    const { page } = tablet;
    await signInToPinScreen(page);
    await expect.poll(() => countRows(page, 'chunks'), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByTestId('pin-setup').getByRole('button', { name: 'ログアウト' }).click();
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    await expect.poll(() => countRows(page, 'chunks')).toBe(0);
    for (const table of ['cases', 'caseIndex', 'resources', 'chunkBodies', 'vault']) expect(await countRows(page, table)).toBe(0);
    // Its place went with it: the next sign-in's sync starts from the beginning.
    const asked: string[] = [];
    const listen = (request: { url(): string }) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/sync/pull') asked.push(url.searchParams.get('since') ?? '');
    };
    page.on('request', listen);
    await signInToPinScreen(page);
    await expect.poll(() => asked.length, { timeout: 30_000 }).toBeGreaterThan(0);
    page.off('request', listen);
    expect(asked[0]).toBe('');
    await page.getByTestId('pin-setup').getByRole('button', { name: 'ログアウト' }).click();
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    await expect.poll(() => countRows(page, 'chunks')).toBe(0);
  });

  it('keeps what arrived once the PIN is set: the list shows the area’s children', async () => {
    const { page } = tablet;
    await signInToPinScreen(page);
    await expect.poll(() => countRows(page, 'chunks'), { timeout: 30_000 }).toBeGreaterThan(0);
    await setUpPin(page);
    const count = page.getByTestId('case-count');
    await expect.poll(async () => (await count.textContent())?.replace(/,/g, '') ?? '', { timeout: 30_000 }).toMatch(new RegExp(`^${children.length}`));
    // Reopened from storage under the PIN, not only from memory.
    await reloadUnlocked(page);
    await expect.poll(async () => (await count.textContent())?.replace(/,/g, '') ?? '', { timeout: 30_000 }).toMatch(new RegExp(`^${children.length}`));
  });
});
