import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from './axe.ts';
import { signIn, waitForServiceWorker, type Tablet } from './browser.ts';
import { openDemoApp, type DemoServer } from './demo-app.ts';

let server: DemoServer;
let tablet: Tablet;
let closeApp = async () => {};

beforeAll(async () => {
  ({ server, tablet, close: closeApp } = await openDemoApp('a11y'));
});

afterAll(() => closeApp());

async function hasHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

const VIEWPORTS = [
  { name: 'tablet landscape', width: 1180, height: 820 },
  { name: 'tablet portrait', width: 820, height: 1180 },
  { name: 'phone portrait', width: 390, height: 844 },
];

describe('accessibility and layout', () => {
  it('has no axe violations on the sign-in screen', async () => {
    const { page } = tablet;
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await page.getByLabel('ユーザー名').waitFor();
    expect(await findViolations(page)).toEqual([]);
  });

  it('has no axe violations on the case list, case view and editor', async () => {
    const { page } = tablet;
    await signIn(page, 'yokosuka');
    await page.getByTestId('case-row').first().waitFor({ timeout: 30_000 });
    expect(await findViolations(page)).toEqual([]);
    await page.getByTestId('case-row').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await findViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '編集' }).click();
    await page.getByLabel('メモ').waitFor();
    expect(await findViolations(page)).toEqual([]);
  });

  it('fits tablets and phones in portrait and landscape without sideways scrolling', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/`);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.getByTestId('case-row').first().waitFor();
      expect(await hasHorizontalOverflow(page), viewport.name).toBe(false);
      expect(await findViolations(page), viewport.name).toEqual([]);
    }
  });

  it('never breaks a header label inside a word on a tablet, in Japanese or English', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/`);
    for (const language of ['ja', 'en']) {
      for (const [width, height] of [[1024, 768], [768, 1024]] as const) {
        await page.setViewportSize({ width, height });
        await page.getByTestId('case-row').first().waitFor();
        expect(await labelsOnSeveralLines(page), `${language} ${width}×${height}`).toEqual([]);
      }
      await page.locator('.app-header').getByRole('button', { name: /English|日本語/ }).click();
    }
  });
});

/** Header links and buttons whose text takes more than one line (ケー/ス一/覧). */
function labelsOnSeveralLines(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('.app-header a, .app-header button')].flatMap((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
    return lines.size > 1 ? [element.textContent?.trim() ?? ''] : [];
  }));
}
