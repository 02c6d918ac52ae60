import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start-server.ts';
import { findViolations } from './axe.ts';
import { openTablet, signIn, waitForServiceWorker, type Tablet } from './browser.ts';


let server: Awaited<ReturnType<typeof startServer>>;
let tablet: Tablet;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-a11y-resources-'));
  server = await startServer({ port: 0, dataDir, demo: true, staticDir: join(process.cwd(), 'dist') });
  tablet = await openTablet();
});

afterAll(async () => {
  await tablet?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});


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
