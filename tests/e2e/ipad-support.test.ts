import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start-server.ts';
import { readBackupFile } from '../../src/db/backup-file.ts';
import { SealedDeviceBackupSchema } from '../../src/schema/device-backup.ts';
import { pullAll, signInApi } from './api.ts';
import { findViolations } from './axe.ts';
import { openTablet, reloadUnlocked, signIn, waitForServiceWorker, type Tablet } from './browser.ts';

// What an iPad needs from the app, shown in Chromium: Chromium's own install prompt is held back, so the page
// is in Safari's position (no `beforeinstallprompt`, not standalone).

const BACKUP_PASSPHRASE = 'ひみつの合言葉-2026';
const PASSPHRASE_LABEL = 'バックアップ用のパスワード（8文字以上。PIN・ログインのパスワードとは別）';
const CONFIRM_LABEL = 'バックアップ用のパスワード（確認。保存するときだけ）';
let server: Awaited<ReturnType<typeof startServer>>;
let tablet: Tablet;
let dataDir: string;

/** Stops Chromium's real `beforeinstallprompt` before the app sees it; a test's own (untrusted) one passes. */
const holdBackInstallPrompt = () => {
  window.addEventListener('beforeinstallprompt', (event) => {
    if (event.isTrusted) event.stopImmediatePropagation();
  }, { capture: true });
};

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-ipad-'));
  server = await startServer({ port: 0, dataDir, demo: true, staticDir: join(process.cwd(), 'dist') });
  tablet = await openTablet();
  await tablet.context.addInitScript(holdBackInstallPrompt);
});

afterAll(async () => {
  await tablet?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function openSignedIn(page: Page): Promise<void> {
  await page.goto(server.url);
  await waitForServiceWorker(page);
  await signIn(page, 'yokosuka');
  await page.getByTestId('case-row').first().waitFor({ timeout: 30_000 });
}

describe('iPad support in the app', () => {
  let backupFile = Buffer.alloc(0);

  it('offers an install button when the browser fires beforeinstallprompt', async () => {
    const { page } = tablet;
    await openSignedIn(page);
    await page.evaluate(() => {
      const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: async () => { (window as unknown as { prompted: boolean }).prompted = true; },
        userChoice: Promise.resolve({ outcome: 'dismissed' }),
      });
      window.dispatchEvent(event);
    });
    await page.getByTestId('install-prompt').getByRole('button', { name: 'インストール' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(true);
  });

  it('explains ホーム画面に追加 and the eviction risk when no install prompt comes, and remembers its dismissal', async () => {
    const { page } = tablet;
    await reloadUnlocked(page);
    const guidance = page.getByTestId('install-guidance');
    await guidance.waitFor({ timeout: 10_000 });
    const text = await guidance.textContent();
    expect(text).toContain('共有ボタン');
    expect(text).toContain('「ホーム画面に追加」');
    expect(text).toContain('7日間');
    expect(await findViolations(page)).toEqual([]);

    await guidance.getByRole('button', { name: '今後表示しない' }).click();
    expect(await guidance.count()).toBe(0);
    await reloadUnlocked(page);
    await page.getByTestId('case-row').first().waitFor();
    await page.waitForTimeout(4_000); // longer than the wait for an install prompt
    expect(await page.getByTestId('install-guidance').count()).toBe(0);
  });

  it('backs up an offline edit to a file, and a second tablet restores and delivers it', async () => {
    const { page, context } = tablet;
    await context.setOffline(true);
    await page.getByTestId('case-row').first().click();
    const caseId = page.url().split('/').pop()!;
    await page.getByRole('link', { name: '編集' }).click();
    const note = `バックアップから戻す ${Date.now()}`;
    await page.getByLabel('メモ').fill(note);
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('sync-status').textContent()).toContain('未送信 1件');

    await page.goto(`${server.url}/#/sync`);
    const section = page.getByTestId('device-backup');
    await expect.poll(() => section.textContent()).toContain('パスワードで暗号化されます');
    expect(await findViolations(page)).toEqual([]);
    // Typed twice to save, and labelled so it is not taken for the PIN or the sign-in password.
    const exportButton = section.getByRole('button', { name: '未送信の変更をバックアップ' });
    await section.getByLabel(PASSPHRASE_LABEL).fill(BACKUP_PASSPHRASE);
    expect(await exportButton.isDisabled()).toBe(true);
    await section.getByLabel(CONFIRM_LABEL).fill(`${BACKUP_PASSPHRASE}x`);
    expect(await section.getByTestId('backup-passphrase-match').textContent()).toBe('2つのパスワードが一致しません。');
    expect(await exportButton.isDisabled()).toBe(true);
    await section.getByLabel(CONFIRM_LABEL).fill(BACKUP_PASSPHRASE);
    expect(await exportButton.isEnabled()).toBe(true);
    const download = page.waitForEvent('download');
    await exportButton.click();
    expect((await download).suggestedFilename()).toMatch(/^tsunagu-backup-\d{8}-\d{4}\.json$/);
    const file = readFileSync((await (await download).path())!);
    backupFile = file;
    // Sealed under the passphrase: the note is not in the file, only how many changes it holds.
    const sealed = SealedDeviceBackupSchema.parse(JSON.parse(file.toString('utf8')));
    expect(sealed.entryCount).toBe(1);
    expect(file.toString('utf8')).not.toContain(note);
    const backup = await readBackupFile(file.toString('utf8'), BACKUP_PASSPHRASE);
    expect(backup.entries[0]).toMatchObject({ recordId: caseId, state: 'pending', fields: { notes: note } });

    const other = await openTablet();
    try {
      const { page: otherPage } = other;
      await openSignedIn(otherPage);
      await otherPage.goto(`${server.url}/#/sync`);
      const input = otherPage.getByLabel('バックアップから戻す（ファイルを選ぶ）');
      await input.setInputFiles({ name: 'memo.json', mimeType: 'application/json', buffer: Buffer.from('メモ') });
      await expect.poll(() => otherPage.getByTestId('backup-notice').textContent()).toContain('JSON ではありません');
      expect(await otherPage.getByTestId('sync-status').textContent()).toContain('未送信 0件');

      await input.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
      await expect.poll(() => otherPage.getByTestId('backup-notice').textContent()).toContain('パスワードが違う');
      await otherPage.getByLabel(PASSPHRASE_LABEL).fill(BACKUP_PASSPHRASE);
      await input.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
      await expect.poll(() => otherPage.getByTestId('backup-notice').textContent()).toContain('1件の変更を送信待ちに戻しました');
      const token = await signInApi(server.url, 'yokosuka');
      await expect.poll(async () => (await pullAll(server.url, token)).find((c) => c.record.id === caseId)?.record.notes,
        { timeout: 30_000, interval: 500 }).toBe(note);
      await expect.poll(() => otherPage.getByTestId('sync-status').textContent(), { timeout: 15_000 }).toContain('未送信 0件');
    } finally {
      await other.close();
    }
  });

  it('restores nothing twice on the tablet that made the backup; its own copy arrives as a duplicate, audited', async () => {
    const { page, context } = tablet;
    await page.getByLabel(PASSPHRASE_LABEL).fill(BACKUP_PASSPHRASE);
    await page.getByLabel('バックアップから戻す（ファイルを選ぶ）')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backupFile });
    await expect.poll(() => page.getByTestId('backup-notice').textContent()).toContain('すでにあった変更: 1件');
    expect(await server.store.listAudit({ action: 'export' })).toEqual([]);
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('sync-status').textContent(), { timeout: 30_000 }).toContain('未送信 0件');
    await expect.poll(async () => (await server.store.listAudit({ action: 'export' })).length, { timeout: 15_000 }).toBe(1);
    const [entry] = await server.store.listAudit({ action: 'export' });
    expect(entry?.detail).toContain('device-backup');
  });
});
