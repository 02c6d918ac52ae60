import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start-server.ts';
import { findViolations } from './axe.ts';
import { lockApp, openTablet, reloadUnlocked, signIn, unlockApp, waitForServiceWorker, type Tablet } from './browser.ts';
import { fillCaseBasics, openSection } from './case-form.ts';

// A coordinator's details on the case record, found by using it on a tablet: what the screen says must match
// what the app counts, and nothing typed may go with a lock.

let server: Awaited<ReturnType<typeof startServer>>;
let tablet: Tablet;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-case-coordinator-'));
  server = await startServer({ port: 0, dataDir, demo: true, staticDir: join(process.cwd(), 'dist') });
  tablet = await openTablet();
  const { page } = tablet;
  await page.goto(server.url);
  await waitForServiceWorker(page);
  await signIn(page, 'yokosuka');
  await page.getByTestId('case-row').first().waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await tablet?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the case record on a coordinator\'s tablet', () => {
  it('offers no 見守り points for 気管切開 beside a ventilator, as the score counts none', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/cases/new`);
    await openSection(page, 'section-care');
    await page.locator('#care-tracheostomy').check();
    await page.locator('#care-tracheostomy-watch').selectOption('high');
    await expect.poll(() => page.getByTestId('edit-care-score').textContent()).toContain('判定スコア 10点');
    expect(await page.getByTestId('care-tracheostomy-watch-hint').count()).toBe(0);
    await page.locator('#care-ventilator').check();
    await expect.poll(() => page.getByTestId('edit-care-score').textContent()).toContain('判定スコア 18点');
    await expect(page.locator('#care-tracheostomy-watch option:checked').textContent()).resolves.toBe('高（+0）');
    await expect(page.getByTestId('care-tracheostomy-watch-hint').textContent()).resolves.toContain('加算しません');
    // Leave no draft of this form for the next new case.
    await page.getByRole('button', { name: 'キャンセル' }).click();
    await page.getByRole('button', { name: '破棄して戻る' }).click();
  });

  it('keeps a half-written visit correction through a lock and a reload, and drops it when given up', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/`);
    await page.getByTestId('case-row').first().click();
    await page.locator('#visit-note').fill('家庭訪問。吸引器のバッテリーを確認した。');
    await page.getByRole('button', { name: '記録を追加' }).click();
    const visit = page.getByTestId('visit').filter({ hasText: '吸引器のバッテリーを確認した' });
    await visit.getByRole('button', { name: '訂正する' }).click();
    await visit.locator('textarea').first().fill('訂正中: 吸引器の予備バッテリーは2個');
    await visit.getByLabel('訂正の理由').fill('個数の誤記');
    await page.waitForTimeout(600);
    await lockApp(page);
    await unlockApp(page);
    const reopened = page.getByTestId('visit').first();
    await expect.poll(() => reopened.locator('textarea').first().inputValue()).toBe('訂正中: 吸引器の予備バッテリーは2個');
    await expect(reopened.getByLabel('訂正の理由').inputValue()).resolves.toBe('個数の誤記');
    await reloadUnlocked(page);
    await expect.poll(() => page.getByTestId('visit').first().getByLabel('訂正の理由').inputValue()).toBe('個数の誤記');
    await page.getByTestId('visit').first().getByRole('button', { name: 'やめる' }).click();
    await reloadUnlocked(page);
    await page.getByTestId('visit').first().waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByLabel('訂正の理由').count()).toBe(0);
  });

  it('says a visit note was added and keeps the keyboard on the note after adding, correcting and marking done', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/`);
    await page.getByTestId('case-row').nth(1).click();
    await page.locator('#visit-note').fill('電話相談。来週の通院に同行する。');
    await page.getByRole('button', { name: 'フォローアップを追加' }).click();
    await page.locator('#visit-fu-0-text').fill('通院の送迎を確認');
    await page.getByRole('button', { name: '記録を追加' }).click();
    await expect.poll(() => page.getByTestId('visit-status').textContent()).toBe('訪問記録を追加しました。');
    const focusedVisit = () => page.evaluate(() => document.activeElement?.closest('[data-testid="visit"]')?.textContent ?? document.activeElement?.tagName);
    await expect.poll(focusedVisit).toContain('来週の通院に同行する');
    const visit = page.getByTestId('visit').first();
    await visit.getByRole('button', { name: '訂正する' }).click();
    await visit.getByLabel('訂正の理由').fill('追記');
    await visit.getByRole('button', { name: '訂正を追加' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('訂正する');
    await visit.getByRole('button', { name: '完了にする' }).click();
    await expect.poll(focusedVisit).toContain('完了');
    expect(await findViolations(page)).toEqual([]);
  });

  it('offers the list\'s care-item filter in English with the Japanese term beside it', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('case-filters').locator('summary').click();
    await expect.poll(() => page.locator('#filter-care option[value="1"]').textContent()).toBe('Ventilator management (人工呼吸器の管理)');
    await page.getByRole('button', { name: '日本語' }).click();
    await expect.poll(() => page.locator('#filter-care option[value="1"]').textContent()).toBe('人工呼吸器の管理');
  });

  it('tells children apart in the reminders by age and town, and says a never-reviewed plan plainly', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/cases/new`);
    await fillCaseBasics(page, { name: '見本 はな', kana: 'みほん はな', birthDate: '2020-04-01' });
    await openSection(page, 'section-evacuation');
    await page.getByRole('button', { name: '個別避難計画を作成' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('link', { name: '編集', exact: true }).waitFor();
    await page.goto(`${server.url}/#/reminders`);
    const reminder = page.getByTestId('reminder').filter({ hasText: '見本 はな' });
    const age = new Date().getFullYear() - 2020 - (new Date().toISOString().slice(5, 10) < '04-01' ? 1 : 0);
    await expect.poll(() => reminder.getByTestId('reminder-who').textContent()).toBe(`${age}歳 横須賀市`);
    const text = await reminder.textContent();
    expect(text).toContain('見直しの記録なし');
    expect(text).not.toContain('過ぎています');
  });
});
