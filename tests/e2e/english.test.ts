import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullAll, signInApi } from './api.ts';
import { reloadUnlocked, signIn, type Tablet } from './browser.ts';
import { openDemoApp, type DemoServer } from './demo-app.ts';

let server: DemoServer;
let tablet: Tablet;
let closeApp = async () => {};

beforeAll(async () => {
  ({ server, tablet, close: closeApp } = await openDemoApp('english'));
});

afterAll(() => closeApp());

type Stored = { id: string; municipalityCode: string; devices: { type: string }[] };

describe('the English screens in Chromium', () => {
  it('names care items, services, resource and device types in English beside the Japanese, with English dates', async () => {
    const { page } = tablet;
    await page.goto(server.url);
    await signIn(page, 'yokosuka');
    await expect.poll(() => page.getByTestId('case-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.evaluate(() => localStorage.setItem('tsunagu:lang', 'en'));
    await page.goto(`${server.url}/#/stats`);
    await reloadUnlocked(page);
    await expect.poll(() => page.getByTestId('stats-as-of').textContent(), { timeout: 15_000 }).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    const headers = (await page.locator('table[data-figure="careItems"] thead th').allTextContents()).join('|');
    expect(headers).toContain('1. Ventilator management (人工呼吸器の管理)');
    expect((await page.locator('table[data-figure="unmetNeeds"] thead th').allTextContents()).join('|')).toContain('Short stay (短期入所)');

    await page.goto(`${server.url}/#/resources`);
    await expect.poll(() => page.getByTestId('resource-row').count(), { timeout: 15_000 }).toBeGreaterThan(10);
    expect(await page.getByTestId('resource-row').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/[A-Za-z]+ \(.+\)/)]));

    // Records are sealed on the tablet: the server says which of this user's children has a ventilator.
    const pulled = await pullAll(server.url, await signInApi(server.url, 'yokosuka'));
    const withVentilator = pulled.map((change) => change.record as unknown as Stored)
      .find((c) => c.municipalityCode === '142018' && c.devices?.some((d) => d.type === 'ventilator'));
    await page.goto(`${server.url}/#/cases/${withVentilator!.id}`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('Ventilator (人工呼吸器)');
    expect(await page.locator('main').textContent()).toMatch(/Date of birth\d{1,2} [A-Z][a-z]{2} \d{4}/);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('External battery for the device (機器専用の外部バッテリー)');
    expect(text).toContain('Ventilator (人工呼吸器（');
    expect(text).not.toContain('1 spare batteries');
    expect(text).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);

    await page.goto(`${server.url}/#/cases/${withVentilator!.id}/edit`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('1. Ventilator management (人工呼吸器の管理)');
  });
});
