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

describe('the resource screens for every user', () => {
  it('have no WCAG 2 AA violations and no sideways scrolling on a phone in portrait', async () => {
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
      ['#/unmet', () => page.getByRole('button', { name: '集計する' }).waitFor()],
    ];
    for (const viewport of [{ width: 1024, height: 768 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      for (const [hash, ready] of screens) {
        await page.goto(`${server.url}/${hash}`);
        await ready();
        expect(await findViolations(page), `${hash} at ${viewport.width}px`).toEqual([]);
        expect(await overflows(page), `${hash} at ${viewport.width}px`).toBe(false);
      }
    }
  });
});
