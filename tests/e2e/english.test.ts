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

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
let ventilatorId = '';

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
    ventilatorId = withVentilator!.id;
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

  it('writes care chips, supervision, 内訳, 特定行為, follow-up dates and the disaster care summary in English', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/`);
    await expect.poll(() => page.locator('.case-row__tags .tag').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const chips = await page.locator('.case-row__tags .tag').allTextContents();
    expect(chips.filter((chip) => JAPANESE.test(chip))).toEqual([]);
    expect(chips).toContain('Ventilator');

    await page.goto(`${server.url}/#/cases/${ventilatorId}`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('Supervision: ');
    expect(await page.locator('main').textContent()).not.toContain('Watch:');
    for (const acts of await page.getByTestId('specified-acts').allTextContents()) expect(acts).not.toMatch(JAPANESE);
    await page.getByRole('button', { name: 'Add follow-up' }).click();
    await page.locator('#visit-fu-0-text').fill('Call the school');
    await page.locator('#visit-fu-0-due').fill('2026-12-10');
    await page.locator('#visit-note').fill('English follow-up');
    await page.getByRole('button', { name: 'Add note' }).click();
    const followUps = page.getByTestId('follow-ups').filter({ hasText: 'Call the school' });
    await expect.poll(() => followUps.textContent(), { timeout: 15_000 }).toContain('due 10 Dec 2026');
    expect(await followUps.textContent()).not.toContain('令和');

    await page.goto(`${server.url}/#/disaster`);
    const since = new Date(Date.now() - 3 * 3_600_000 - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await page.getByLabel('Power cut since').fill(since);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByTestId('power-only').uncheck();
    await expect.poll(() => page.locator('.disaster-card__line').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const care = (await page.locator('.disaster-card__line').allTextContents()).flatMap((line) => line.split(' ／ ').slice(1));
    expect(care.length).toBeGreaterThan(0);
    expect(care.filter((line) => JAPANESE.test(line))).toEqual([]);

    await page.goto(`${server.url}/#/cases/${ventilatorId}/edit`);
    const section = page.getByTestId('section-care');
    await expect.poll(() => section.textContent(), { timeout: 15_000 }).toContain(' (10 points)');
    expect(await section.textContent()).not.toContain('点）');
    expect(await page.getByTestId('wareki').count()).toBe(0);
    await section.locator('summary').click();
    if (!(await page.locator('#care-suction').isChecked())) await page.locator('#care-suction').check();
    expect(await page.locator('label[for="care-suction-oral"]').textContent()).toContain('Oral');
    expect(await page.locator('#care-suction-watch option').allTextContents()).toEqual(expect.arrayContaining(['high (+1)']));
    if (!(await page.locator('#care-suction-oral').isChecked())) await page.locator('#care-suction-oral').check();
    await expect.poll(() => section.textContent()).toContain('Oral suction');
    expect(await section.textContent()).not.toContain('口腔内');
  });
});
