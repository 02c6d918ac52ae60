import { readFileSync } from 'node:fs';
import Encoding from 'encoding-japanese';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from './axe.ts';
import { openTablet, reloadUnlocked, signIn, waitForServiceWorker, type Tablet } from './browser.ts';
import { openDemoApp, type DemoServer } from './demo-app.ts';


let server: DemoServer;
let tablet: Tablet;
let closeApp = async () => {};

beforeAll(async () => {
  ({ server, tablet, close: closeApp } = await openDemoApp('stats'));
});

afterAll(() => closeApp());

describe('the statistics dashboard in Chromium', () => {
  it('renders every figure from the tablet\'s own records with the network off', async () => {
    const { page, context } = tablet;
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await signIn(page, 'yokosuka');
    await expect.poll(() => page.getByTestId('case-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('sync-status').textContent(), { timeout: 30_000 }).toContain('未送信 0件');

    await context.setOffline(true);
    await reloadUnlocked(page);
    await page.getByRole('link', { name: '統計' }).click();
    await expect.poll(() => page.getByTestId('stats-counted').textContent(), { timeout: 15_000 }).toMatch(/^\d+$/);
    expect(Number(await page.getByTestId('stats-counted').textContent())).toBeGreaterThan(20);
    expect(await page.getByTestId('stats-scope').textContent()).toContain('横須賀市');
    expect(await page.locator('[data-testid="stats-exact"] section.stats-figure').count()).toBe(12);
    const careTable = page.locator('[data-testid="stats-exact"] table[data-figure="careItems"]');
    await expect.poll(() => careTable.locator('tbody th', { hasText: '横須賀市' }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /医療的ケアの項目別（合計）のグラフ/ }).count()).toBe(1);
    // The coordinator's own screen: exact counts, labelled as such; nothing reads '<3' or 'x'.
    expect(await page.getByTestId('stats-exact-note').textContent()).toContain('印刷・CSVは秘匿処理済み');
    const onScreen = await page.locator('[data-testid="stats-exact"] .stats-table td').allTextContents();
    expect(onScreen.length).toBeGreaterThan(100);
    expect(onScreen.filter((text) => text === '<3' || text === 'x')).toEqual([]);
    expect(onScreen.some((text) => text === '1' || text === '2')).toBe(true);
    expect(await findViolations(page)).toEqual([]);
  });

  it('prints an A4 report with the date, scope and definitions and without the app\'s header', async () => {
    const { page } = tablet;
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'CSV（UTF-8）' }).isVisible()).toBe(false);
    expect(await page.getByText('出力者').isVisible()).toBe(true);
    expect(await page.getByTestId('stats-as-of').isVisible()).toBe(true);
    expect(await page.getByTestId('stats-published').getByText('定義:').first().isVisible()).toBe(true);
    // What prints is suppressed: no visible count of 1 or 2, and the exact screen tables are not printed.
    expect(await page.getByTestId('stats-exact').isVisible()).toBe(false);
    const printed = await page.locator('[data-testid="stats-published"] .stats-table td').allTextContents();
    expect(printed.length).toBeGreaterThan(100);
    expect(await page.locator('[data-testid="stats-published"] .stats-table').first().isVisible()).toBe(true);
    expect(printed.filter((text) => text === '1' || text === '2')).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.byteLength).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: 'screen' });
  });

  it('records a CSV export made offline in the server\'s audit log once back online', async () => {
    const { page, context } = tablet;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV（Shift_JIS・Excel用）' }).click();
    expect((await download).suggestedFilename()).toMatch(/^tsunagu-stats-\d{4}-\d{2}-\d{2}-sjis\.csv$/);
    const csv = Encoding.convert(readFileSync((await (await download).path())!), { to: 'UNICODE', from: 'SJIS', type: 'string' });
    const fields = csv.split('\r\n').filter((line) => !line.startsWith('基準日')).flatMap((line) => line.split(','));
    expect(fields).toContain('<3');
    expect(fields.filter((field) => field === '1' || field === '2')).toEqual([]);
    expect(await server.store.listAudit({ action: 'export' })).toEqual([]);
    await context.setOffline(false);
    await expect.poll(async () => (await server.store.listAudit({ action: 'export' })).length, { timeout: 15_000 }).toBe(1);
    const [entry] = await server.store.listAudit({ action: 'export' });
    expect(entry?.userId).toBe('user-yokosuka');
    expect(entry?.detail).toContain('stats-csv-sjis');
  });

  it('shows a supervisor the server\'s aggregates of every area, named on the tablet', async () => {
    const office = await openTablet();
    try {
      const { page } = office;
      await page.goto(server.url);
      await signIn(page, 'supervisor');
      // Home for a supervisor (no case records) is the statistics, not an empty case list.
      await expect.poll(() => new URL(page.url()).hash).toBe('#/stats');
      // Nor does the header offer a case list or disaster mode to someone who holds no cases.
      expect(await page.getByTestId('disaster-mode').count()).toBe(0);
      expect(await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'ケース一覧' }).count()).toBe(0);
      await expect.poll(() => page.getByTestId('stats-counted').textContent(), { timeout: 15_000 }).toMatch(/^\d+$/);
      expect(Number(await page.getByTestId('stats-counted').textContent())).toBeGreaterThan(100);
      expect(await page.getByTestId('stats-header').textContent()).toContain('サーバー');
      for (const name of ['横須賀市', '鎌倉市', '逗子市', '三浦市', '葉山町']) {
        expect(await page.getByTestId('stats-scope').textContent()).toContain(name);
      }
    } finally {
      await office.close();
    }
  });
});
