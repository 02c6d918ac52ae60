import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start-server.ts';
import { findViolations } from './axe.ts';
import { openTablet, signIn, waitForServiceWorker, type Tablet } from './browser.ts';

// The administrator's screens in the built app, under the real CSP: accounts and the audit log.

let server: Awaited<ReturnType<typeof startServer>>;
let dataDir: string;
let tablet: Tablet;
const cspViolations: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-e2e-admin-'));
  server = await startServer({ port: 0, dataDir, demo: { cases: 5, resources: 3, withVisits: false }, staticDir: join(process.cwd(), 'dist') });
  tablet = await openTablet();
  tablet.page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await tablet.page.goto(server.url);
  await waitForServiceWorker(tablet.page);
  await signIn(tablet.page, 'admin');
  await tablet.page.getByTestId('case-row').first().waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await tablet?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('administrator screens', () => {
  it('adds an account and disables another, from #/admin/users', async () => {
    const page = tablet.page;
    await page.getByTestId('admin-link').click();
    await page.getByTestId('accounts').waitFor({ timeout: 30_000 });
    await page.getByLabel('ユーザー名', { exact: true }).fill('shinki');
    await page.getByLabel('氏名', { exact: true }).fill('新規 試験');
    await page.getByLabel('担当地域', { exact: true }).fill('142107');
    await page.getByLabel('初期パスワード（12 文字以上）').fill('long-enough-passphrase');
    await page.getByRole('button', { name: '追加', exact: true }).click();
    await page.getByTestId('account-row').filter({ hasText: 'shinki' }).waitFor();

    page.once('dialog', (dialog) => void dialog.accept());
    const miura = page.getByTestId('account-row').filter({ hasText: 'miura' });
    await miura.getByRole('button', { name: '停止' }).click();
    await expect.poll(() => page.getByTestId('account-row').filter({ hasText: 'miura' }).textContent()).toContain('停止 ');
    expect(await findViolations(page)).toEqual([]);
  });

  it('puts a bad entry\'s Japanese error under its field, and reads codes typed with 「、」 by their names', async () => {
    const page = tablet.page;
    await page.getByLabel('ユーザー名', { exact: true }).fill('futari');
    await page.getByLabel('氏名', { exact: true }).fill('二人 担当');
    await page.getByLabel('担当地域', { exact: true }).fill('142018、14210');
    await page.getByLabel('初期パスワード（12 文字以上）').fill('long-enough-passphrase');
    await page.getByRole('button', { name: '追加', exact: true }).click();
    const areas = page.getByLabel('担当地域', { exact: true });
    expect(await areas.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#new-areas-error').textContent()).toBe('担当地域: 「14210」は6桁の全国地方公共団体コードではありません（例: 横須賀市 142018）');
    expect(await areas.getAttribute('aria-describedby')).toContain('new-areas-error');

    await areas.fill('142018、142107');
    await expect.poll(() => page.locator('#new-areas-names').textContent()).toBe('横須賀市・三浦市');
    await page.getByRole('button', { name: '追加', exact: true }).click();
    const row = page.getByTestId('account-row').filter({ hasText: 'futari' });
    await row.waitFor();
    expect(await row.textContent()).toContain('横須賀市・三浦市');
  });

  it('shows the audit log with an intact chain and filters it, from #/admin/audit', async () => {
    const page = tablet.page;
    await page.goto(`${server.url}/#/admin/audit`);
    await page.getByTestId('audit-chain').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('audit-chain').textContent()).toContain('正常');
    await page.getByLabel('操作').selectOption('account-disable');
    await page.getByRole('button', { name: '絞り込む' }).click();
    await expect.poll(() => page.getByTestId('audit-row').count()).toBe(1);
    expect(cspViolations).toEqual([]);
  });

  it('names each action in Japanese and filters by an account chosen from the list, not a typed internal id', async () => {
    const page = tablet.page;
    await page.goto(`${server.url}/#/admin/audit`);
    await page.getByTestId('audit-chain').waitFor({ timeout: 30_000 });
    const users = await page.getByLabel('利用者', { exact: true }).locator('option').allTextContents();
    expect(users).toContain('miura（三浦 コーディネーター）');
    await page.getByLabel('利用者', { exact: true }).selectOption({ label: 'admin（管理者）' });
    await page.getByLabel('操作').selectOption({ label: 'アカウント停止（account-disable）' });
    await page.getByRole('button', { name: '絞り込む' }).click();
    await expect.poll(() => page.getByTestId('audit-row').count()).toBe(1);
    const cells = await page.getByTestId('audit-row').locator('td').allTextContents();
    expect(cells).toContain('admin（管理者）');
    expect(cells).toContain('アカウント停止（account-disable）');
  });

  it('fits a phone: the accounts and the audit log scroll inside their tables, never the page', async () => {
    const page = tablet.page;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const [hash, table] of [['#/admin/audit', 'audit-entries'], ['#/admin/users', 'accounts']] as const) {
        await page.goto(`${server.url}/${hash}`);
        await page.getByTestId(table).waitFor({ timeout: 30_000 });
        const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
        expect(widths.page, hash).toBeLessThanOrEqual(widths.view);
        // The state column reads 有効 on one line, not one character per line.
        if (table === 'accounts') {
          const state = page.getByTestId('account-row').filter({ hasText: 'miura' }).locator('td').nth(3);
          const lines = await state.evaluate((cell) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
          });
          expect(lines).toBe(1);
        }
      }
      // Each account's new-password field has a visible label, not only a name for screen readers.
      const miura = page.getByTestId('account-row').filter({ hasText: 'miura' });
      expect(await miura.locator('label', { hasText: '新しいパスワード' }).isVisible()).toBe(true);
      expect(await findViolations(page)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1024, height: 768 });
    }
  });

  it('shows anyone but an administrator a plain notice at the admin addresses, with no form', async () => {
    const office = await openTablet();
    try {
      const { page } = office;
      await page.goto(server.url);
      await signIn(page, 'supervisor');
      for (const hash of ['#/admin/users', '#/admin/audit']) {
        await page.goto(`${server.url}/${hash}`);
        await page.getByTestId('admin-only').waitFor({ timeout: 30_000 });
        expect(await page.getByTestId('admin-only').textContent()).toContain('管理者だけが使えます');
        expect(await page.getByRole('button', { name: '追加', exact: true }).count()).toBe(0);
        expect(await page.getByRole('alert').count()).toBe(0);
      }
    } finally {
      await office.close();
    }
  });
});
