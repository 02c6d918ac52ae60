import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from './axe.ts';
import { signIn, waitForServiceWorker, type Tablet } from './browser.ts';
import { openDemoApp, type DemoServer } from './demo-app.ts';


let server: DemoServer;
let tablet: Tablet;
let closeApp = async () => {};

beforeAll(async () => {
  ({ server, tablet, close: closeApp } = await openDemoApp('a11y-resources'));
});

afterAll(() => closeApp());


const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

/** Controls in the screen's main part a finger cannot hit: under 44 px high or wide (a checkbox counts with its label). */
const smallTargets = (page: Page) => page.evaluate(() => [...document.querySelectorAll('main :is(a, button, input, select, textarea, summary)')]
  .map((el) => (el.matches('input[type=checkbox], input[type=radio]') && el.closest('label') ? el.closest('label')! : el))
  .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.height < 44 || r.width < 44); })
  .map((el) => `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 20)} ${Math.round(el.getBoundingClientRect().height)}px`));

describe('the resource screens for every user', () => {
  it('have no WCAG 2 AA violations, no sideways scrolling on a phone in portrait and no target too small to tap', async () => {
    const { page } = tablet;
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await signIn(page, 'yokosuka');
    await expect.poll(() => page.getByTestId('case-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const caseId = await page.getByTestId('case-row').first().getAttribute('href').then((href) => href!.split('/').pop()!);
    await page.goto(`${server.url}/#/resources`);
    const resourceHref = (await page.getByTestId('resource-row').first().getAttribute('href'))!;
    const screens: [string, () => Promise<unknown>][] = [
      ['#/resources', () => page.getByTestId('resource-row').first().waitFor()],
      [resourceHref, () => page.getByRole('link', { name: '編集' }).waitFor()],
      ['#/resources/new', () => page.getByLabel('名称').waitFor()],
      ['#/resources/import', () => page.getByLabel('CSVファイル').waitFor()],
      [`#/match/${caseId}`, () => page.getByTestId('matches').waitFor({ timeout: 15_000 })],
      ['#/unmet', async () => {
        await page.getByRole('button', { name: '集計する' }).click();
        await page.locator('details summary').first().click({ timeout: 15_000 });
      }],
    ];
    for (const viewport of [{ width: 1024, height: 768 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      for (const [hash, ready] of screens) {
        await page.goto(`${server.url}/${hash}`);
        await ready();
        expect(await findViolations(page), `${hash} at ${viewport.width}px`).toEqual([]);
        expect(await overflows(page), `${hash} at ${viewport.width}px`).toBe(false);
        expect(await smallTargets(page), `${hash} at ${viewport.width}px`).toEqual([]);
      }
    }
  });
});
