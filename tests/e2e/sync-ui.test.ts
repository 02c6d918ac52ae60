import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start-server.ts';
import { findViolations } from './axe.ts';
import { openTablet, signIn, waitForServiceWorker, type Tablet } from './browser.ts';

// What the sync UI tells a coordinator when things go wrong: why nothing is sent, whose change was refused,
// and what left the tablet. Failures are made with routes, as the QA pass did (tmp/qa-s5/REPORT.md items 5–8).

let server: Awaited<ReturnType<typeof startServer>>;
let dataDir: string;
let tablet: Tablet;
let caseId: string;
let caseName: string;

const SYNC_WAIT = { timeout: 20_000, interval: 250 };
const statusText = (page: Page) => page.getByTestId('sync-status').textContent();
const pillText = (page: Page) => page.getByTestId('connection').textContent();

async function syncAndWait(page: Page): Promise<void> {
  await page.getByRole('button', { name: '今すぐ同期' }).click();
}

/** Every pushed mutation refused, as the server refuses one: with a Japanese reason and the field. */
async function refuseEveryPush(route: Route): Promise<void> {
  const body = route.request().postDataJSON() as { mutations: { id: string }[] };
  const results = body.mutations.map(({ id }) => ({
    id, status: 'rejected', error: { code: 'invalid', message: '生年月日を確認してください', field: 'birthDate' },
  }));
  await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ results }) });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-e2e-sync-ui-'));
  server = await startServer({ port: 0, dataDir, demo: { cases: 6, resources: 2, withVisits: false }, staticDir: join(process.cwd(), 'dist') });
  tablet = await openTablet();
  await tablet.page.goto(server.url);
  await waitForServiceWorker(tablet.page);
  await signIn(tablet.page, 'yokosuka');
  await tablet.page.getByTestId('case-row').first().click();
  await tablet.page.getByRole('link', { name: '編集' }).waitFor({ timeout: 30_000 });
  caseId = tablet.page.url().split('/').pop()!;
  caseName = (await tablet.page.locator('h1').textContent())!;
});

afterAll(async () => {
  await tablet?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the sync status when the server fails', () => {
  it('says by cause why it cannot sync, never an error class, and the pill stops saying all is well', async () => {
    const { page, context } = tablet;
    await context.route('**/api/sync/**', (route) => route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>Service Unavailable</h1>' }));
    await syncAndWait(page);
    await expect.poll(() => statusText(page), SYNC_WAIT).toContain('同期できません（サーバーで問題が起きています。自動で再試行します');
    expect(await statusText(page)).not.toMatch(/SyncHttpError|Service Unavailable|同期エラー/);
    expect(await pillText(page)).toBe('オンライン（同期できていません）');
    expect(await page.getByTestId('connection').getAttribute('class')).toContain('pill--warn');

    await context.unroute('**/api/sync/**');
    await context.route('**/api/sync/**', (route) => route.fulfill({ status: 429, contentType: 'application/json', body: '{"error":{"code":"rate_limited","message":"しばらく待ってから"}}' }));
    await syncAndWait(page);
    await expect.poll(() => statusText(page), SYNC_WAIT).toContain('サーバーが混み合っています');

    await context.unroute('**/api/sync/**');
    await context.route('**/api/sync/**', (route) => route.abort('connectionrefused'));
    await syncAndWait(page);
    await expect.poll(() => pillText(page), SYNC_WAIT).toBe('オンライン（サーバーに接続できません）');
    expect(await statusText(page)).toContain('サーバーに接続できません');
  });

  it('says on 同期 that the server, not the signal, holds the changes back', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/cases/${caseId}`);
    await page.getByRole('link', { name: '編集' }).click();
    await page.getByLabel('メモ', { exact: true }).fill(`サーバー停止中のメモ ${Date.now()}`);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('link', { name: '編集' }).waitFor();
    await page.goto(`${server.url}/#/sync`);
    await expect.poll(() => page.getByTestId('pending-lead').textContent(), SYNC_WAIT).toContain('サーバーに接続できません');
    expect(await page.getByTestId('pending-lead').textContent()).not.toContain('電波が戻ると');
    await tablet.context.unroute('**/api/sync/**');
    await syncAndWait(page);
    await expect.poll(() => statusText(page), SYNC_WAIT).toContain('未送信 0件');
    await expect.poll(() => pillText(page)).toBe('オンライン');
  });
});

describe('refused changes on 同期', () => {
  it('names the child of a refused case change and visit, opens the case, and discards with focus kept', async () => {
    const { page, context } = tablet;
    await context.route('**/api/sync/push', refuseEveryPush);
    await page.goto(`${server.url}/#/cases/${caseId}`);
    await page.getByRole('link', { name: '編集' }).click();
    await page.getByLabel('生年月日', { exact: true }).fill('2020-04-01');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('link', { name: '編集' }).waitFor();
    await page.locator('#visit-note').fill('断られる訪問記録');
    await page.getByRole('button', { name: '記録を追加' }).click();
    await expect.poll(() => statusText(page), SYNC_WAIT).toContain('要確認 2件');
    await context.unroute('**/api/sync/push');

    // The case page writes the refused date as it writes dates, and shows the refused visit too (named as one,
    // with 破棄 but no 修正: a visit is not fixed in the case's editor).
    const onCase = page.getByTestId('rejected-change');
    await expect.poll(() => onCase.count()).toBe(2);
    expect(await onCase.first().textContent()).toContain('生年月日: 2020年4月1日（令和2年）');
    expect(await onCase.nth(1).textContent()).toContain('訪問・相談記録（');
    expect(await onCase.nth(1).getByRole('button', { name: '破棄' }).count()).toBe(1);
    expect(await onCase.nth(1).getByRole('link', { name: '修正' }).count()).toBe(0);

    await page.goto(`${server.url}/#/sync`);
    const cards = page.getByTestId('rejected-change');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.nth(0).getByRole('heading').textContent()).toBe(`ケース ${caseName}`);
    expect(await cards.nth(1).getByRole('heading').textContent()).toMatch(new RegExp(`^訪問・相談記録 ${caseName}さん・`));
    expect(await cards.nth(1).getByRole('link', { name: 'ケースを開く' }).getAttribute('href')).toBe(`#/cases/${caseId}`);
    expect(await findViolations(page)).toEqual([]);

    page.once('dialog', (dialog) => void dialog.accept());
    await cards.nth(0).getByRole('button', { name: '破棄' }).click();
    await expect.poll(() => cards.count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('rejected-change');
    expect(await page.getByTestId('announcement').textContent()).toContain('の変更を破棄しました');
  });
});

describe('the purge notice', () => {
  it('says how many cases and unsent changes left the tablet, without names, until 確認しました', async () => {
    const { page } = tablet;
    // As src/db/apply-pulled.ts leaves it after a purge (device state beside the Dexie database).
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('tsunagu-device');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('state', 'readwrite');
        tx.objectStore('state').put({ cases: 2, discarded: 1, at: new Date().toISOString() }, 'purgeNotice');
        tx.oncomplete = () => { open.result.close(); resolve(); };
      };
    }));
    await syncAndWait(page);
    await expect.poll(() => page.getByTestId('purge-link').textContent(), SYNC_WAIT).toBe('ケース2件と未送信の変更1件を端末から削除しました');
    await page.getByTestId('purge-link').click();
    const notice = page.getByTestId('purge-notice');
    await expect.poll(() => notice.textContent()).toContain('同意の撤回や担当地域の変更により、2件のケースをこの端末から削除しました');
    expect(await notice.textContent()).toContain('送信できなかった変更1件も削除されました。');
    expect(await notice.textContent()).not.toContain(caseName);
    expect(await findViolations(page)).toEqual([]);

    await notice.getByRole('button', { name: '確認しました' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(await page.getByTestId('purge-link').count()).toBe(0);
    await syncAndWait(page);
    await page.waitForTimeout(500);
    expect(await page.getByTestId('purge-link').count()).toBe(0);
  });
});
