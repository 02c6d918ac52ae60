import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, unlockApp, waitForServiceWorker, type Tablet } from './browser.ts';
import { openDemoApp, type DemoServer } from './demo-app.ts';

// A screen's code is fetched on first use. Should it be missing (a page left open across an app update whose
// files a newer version replaced, or no signal before the service worker had it), the coordinator is told what
// happened and offered a reload, not shown "TypeError: Failed to fetch dynamically imported module".

let server: DemoServer;
let tablet: Tablet;
let closeApp = async () => {};

beforeAll(async () => {
  ({ server, tablet, close: closeApp } = await openDemoApp('screen-load-failure'));
});

afterAll(() => closeApp());

describe('a screen whose code cannot be fetched', () => {
  it('says so in Japanese with a reload button, and the reload opens it once the code can be had', async () => {
    const { page, context } = tablet;
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await signIn(page, 'yokosuka');
    await page.getByTestId('case-row').first().waitFor({ timeout: 30_000 });

    // The settings screen's file gone from the service worker's cache, and not to be had from the server.
    const blocked = '**/assets/settings-screen-*.js';
    await context.route(blocked, (route) => route.abort('internetdisconnected'));
    const removed = await page.evaluate(async () => {
      let count = 0;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          if (request.url.includes('/assets/settings-screen-')) count += Number(await cache.delete(request));
        }
      }
      return count;
    });
    expect(removed).toBe(1);
    await page.getByRole('link', { name: '設定' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'この画面を開けませんでした' });
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
    expect(await alert.textContent()).not.toMatch(/TypeError|Failed to fetch/);

    await context.unroute(blocked);
    await alert.getByRole('button', { name: '再読み込み' }).click();
    // A reload is a cold start: the app opens locked, then on the screen it was on.
    await page.getByTestId('lock-screen').waitFor({ timeout: 30_000 });
    await unlockApp(page);
    await page.getByRole('heading', { name: '設定', level: 1 }).waitFor({ timeout: 30_000 });
  });
});
