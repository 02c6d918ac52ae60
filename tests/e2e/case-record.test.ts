import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start-server.ts';
import { pullAll, signInApi } from './api.ts';
import { findViolations } from './axe.ts';
import { openTablet, reloadUnlocked, signIn, waitForServiceWorker, type Tablet } from './browser.ts';
import { fillCaseBasics, openSection } from './case-form.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let tablet: Tablet;
let second: Tablet | undefined;
let dataDir: string;

const NAME = '架空 ひかり';
const KANA = 'かくう ひかり';
const BIRTH = '2019-05-01';
const NOTE = '訪問。呼吸器の外部バッテリーの交換時期について相談。';
const FOLLOW_UP = '業者に予備バッテリーを確認';
const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-case-record-'));
  server = await startServer({ port: 0, dataDir, demo: true, staticDir: join(process.cwd(), 'dist') });
  tablet = await openTablet();
});

afterAll(async () => {
  await second?.close();
  await tablet?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function fillBasics(page: Page) {
  await page.getByLabel('氏名').fill(NAME);
  await page.getByLabel('ふりがな').fill(KANA);
  await page.getByLabel('生年月日').fill(BIRTH);
  // Only the coordinator's own area is offered (the server would refuse a case anywhere else).
  const offered = await page.locator('#municipalityCode option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toEqual(['', '142018']);
  await page.locator('#municipalityCode').selectOption('142018');
  await page.getByLabel('住所').fill('横須賀市本町9丁目9-9');
}

async function fillCareDevicesAndPlan(page: Page) {
  await openSection(page, 'section-care');
  await page.locator('#care-ventilator').check();
  await page.locator('#care-suction').check();
  await page.locator('#care-suction-tracheal').check();
  await expect.poll(() => page.getByTestId('edit-care-score').textContent()).toContain('判定スコア 18点');
  await openSection(page, 'section-devices');
  await page.getByRole('button', { name: '医療機器を追加' }).click();
  await page.locator('#devices-0-model').fill('デモ呼吸器 X-1');
  await page.locator('#devices-0-internalBatteryHours').fill('-1');
  await page.locator('#devices-0-externalBatteryHours').fill('8');
  await page.locator('#powerPlan-external-battery').check();
  await page.locator('#hasResuscitationBag').check();
  await expect.poll(() => page.getByTestId('edit-power-dependency').textContent()).toContain('あり');
  await openSection(page, 'section-evacuation');
  await page.getByRole('button', { name: '個別避難計画を作成' }).click();
  await page.getByRole('button', { name: '避難支援者を追加' }).click();
  await page.locator('#evacuationPlan-helpers-0-name').fill('見本 一郎');
  await page.locator('#evacuationPlan-destination').selectOption('hospital');
  await page.locator('#evacuationPlan-destinationName').fill('みほんこども病院');
  await page.locator('#evacuationPlan-reviewedAt').fill('2026-04-01');
}

describe('the case record, offline from the start', () => {
  let caseId = '';

  it('signs in and syncs once, then goes offline', async () => {
    const { page, context } = tablet;
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await signIn(page, 'yokosuka');
    await expect.poll(() => page.getByTestId('case-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('sync-status').textContent(), { timeout: 30_000 }).toContain('未送信 0件');
    await context.setOffline(true);
  });

  it('creates a case with care items, a device and an evacuation plan; refuses a negative battery and an unchosen device type in Japanese', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/cases/new`);
    await fillBasics(page);
    await fillCareDevicesAndPlan(page);
    await expect(page.locator('#devices-0-type').inputValue()).resolves.toBe('');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('error-devices-0-internalBatteryHours').textContent()).resolves.toBe('0以上で入力してください');
    await expect(page.getByTestId('error-devices-0-type').textContent()).resolves.toBe('機器の種類を選んでください');

    await expect(page.getByTestId('error-summary').textContent()).resolves.toContain('0以上で入力してください');
    // The summary names which device (the list item's legend), and is in view, not under the sticky header.
    await expect(page.getByTestId('error-summary').textContent()).resolves.toMatch(/医療機器 ?1 — /);
    const summaryTop = await page.getByTestId('error-summary').evaluate((el) => el.getBoundingClientRect().top);
    const headerBottom = await page.locator('.app-header').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(summaryTop).toBeGreaterThanOrEqual(headerBottom);
    await page.locator('#devices-0-internalBatteryHours').fill('4');
    // An oxygen concentrator asks for the cylinders at home (its backup in a power cut); other devices do not.
    await page.locator('#devices-0-type').selectOption('oxygen-concentrator');
    await page.getByLabel('酸素ボンベで使える時間（時間）').fill('12');
    await expect(page.getByTestId('devices.0-power').textContent()).resolves.toContain('酸素ボンベ 12h');
    await page.getByLabel('酸素ボンベで使える時間（時間）').fill('0');
    await page.locator('#devices-0-type').selectOption('ventilator');
    expect(await page.getByLabel('酸素ボンベで使える時間（時間）').count()).toBe(0);
    for (const section of ['section-family', 'section-health', 'section-team', 'section-consents']) await openSection(page, section);
    await page.locator('#diagnoses').fill('架空症候群');
    await page.locator('#allergies').fill('ラテックス');
    await page.getByRole('button', { name: '支援者・事業所を追加' }).click();
    await page.locator('#careTeam-0-role').selectOption('home-nurse');
    await page.locator('#careTeam-0-name').fill('みほん訪問看護ステーション');
    await page.locator('#careTeam-0-phone').fill('046-000-0000');
    expect(await findViolations(page)).toEqual([]);
  });

  it('keeps the unsaved form through a reload', async () => {
    const { page } = tablet;
    await page.waitForTimeout(600);
    await reloadUnlocked(page);
    await page.getByTestId('draft-restored').waitFor({ timeout: 15_000 });
    await expect(page.getByLabel('氏名').inputValue()).resolves.toBe(NAME);
    await openSection(page, 'section-devices');
    await expect(page.locator('#devices-0-internalBatteryHours').inputValue()).resolves.toBe('4');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/cases\/[0-9a-f-]{36}$/);
    caseId = page.url().split('/').pop()!;
    await expect(page.getByTestId('care-score').textContent()).resolves.toContain('18点');
    await expect(page.getByTestId('specified-acts').textContent()).resolves.toContain('気管カニューレ内吸引');
    await expect(page.locator('li', { hasText: '吸引（口鼻腔・気管内）' }).first().textContent()).resolves.toContain('吸引（口鼻腔・気管内）: 気管カニューレ内');
    await expect(page.getByTestId('power-dependency').textContent()).resolves.toContain('電源依存: あり');
    // Emergency information is in the essentials, not folded away.
    await expect(page.getByTestId('contacts-team').textContent()).resolves.toContain('訪問看護 みほん訪問看護ステーション');
    await expect(page.getByTestId('contacts-team').locator('a[href="tel:046-000-0000"]').isVisible()).resolves.toBe(true);
    // A phone number is a 44 px target to tap, not a line of text.
    expect((await page.getByTestId('contacts-team').locator('a[href^="tel:"]').boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await expect(page.getByTestId('health').textContent()).resolves.toContain('架空症候群');
    await expect(page.getByTestId('health').getByText('ラテックス').isVisible()).resolves.toBe(true);
  });

  it('warns of a likely duplicate before saving another case with the same kana and birth date', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/cases/new`);
    await fillCaseBasics(page, { name: '架空 光', kana: 'カクウ ヒカリ', birthDate: BIRTH });
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('duplicate-match').textContent()).resolves.toContain(NAME);
    await page.getByRole('button', { name: 'キャンセル' }).click();
    await page.getByRole('button', { name: '破棄して戻る' }).click();
    await page.waitForURL(/#\/$/);
  });

  it('asks before a device is removed or typed input is discarded, with the device button unlike the small 削除', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/cases/new`);
    await page.getByLabel('氏名').fill('架空 確認');
    await openSection(page, 'section-devices');
    await page.getByRole('button', { name: '医療機器を追加' }).click();
    await page.locator('#devices-0-type').selectOption('ventilator');
    await page.getByRole('button', { name: '購入日を追加' }).click();
    const removeDevice = page.getByRole('button', { name: '医療機器 1 削除' });
    const removeDate = page.getByRole('button', { name: '購入日 1 削除' });
    const look = (button: typeof removeDevice) => button.evaluate((b) => `${getComputedStyle(b).color} ${getComputedStyle(b).borderTopWidth} ${b.textContent}`);
    expect(await look(removeDevice)).not.toBe(await look(removeDate));

    await removeDevice.click();
    const dialog = page.getByRole('alertdialog', { name: '医療機器 1（人工呼吸器）を削除しますか？' });
    await dialog.waitFor();
    expect(await findViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '削除しない' }).click();
    expect(await dialog.count()).toBe(0);
    await expect(page.locator('#devices-0-type').inputValue()).resolves.toBe('ventilator');
    await removeDevice.click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect(page.locator('#devices-0-type').inputValue()).resolves.toBe('ventilator');
    await removeDevice.click();
    await dialog.getByRole('button', { name: '削除する' }).click();
    expect(await page.locator('#devices-0-type').count()).toBe(0);
    // A device only just added and still blank goes at once.
    await page.getByRole('button', { name: '医療機器を追加' }).click();
    await removeDevice.click();
    expect(await page.locator('#devices-0-type').count()).toBe(0);

    await page.getByRole('button', { name: 'キャンセル' }).click();
    const discard = page.getByRole('alertdialog', { name: '保存していない変更を破棄しますか？' });
    await discard.getByRole('button', { name: '編集を続ける' }).click();
    await expect(page.getByLabel('氏名').inputValue()).resolves.toBe('架空 確認');
    await page.getByRole('button', { name: 'キャンセル' }).click();
    await discard.getByRole('button', { name: '破棄して戻る' }).click();
    await page.waitForURL(/#\/$/);
  });

  it('warns of an implausible age and a ventilator without its care item, and saves when told to', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/cases/new`);
    await fillCaseBasics(page, { name: '架空 大人', kana: 'かくう おとな', birthDate: '1990-05-01' });
    await openSection(page, 'section-devices');
    await page.getByRole('button', { name: '医療機器を追加' }).click();
    await page.locator('#devices-0-type').selectOption('ventilator');
    await page.getByRole('button', { name: '保存' }).click();
    const items = page.getByTestId('plausibility-item');
    await expect.poll(() => items.count()).toBe(2);
    await expect(items.nth(0).textContent()).resolves.toContain('36歳');
    await expect(items.nth(1).textContent()).resolves.toContain('「人工呼吸器」が選ばれていません');
    expect(page.url()).toContain('#/cases/new');
    await page.getByRole('button', { name: 'このまま保存' }).click();
    await page.waitForURL(/#\/cases\/[0-9a-f-]{36}$/);
  });

  it('says in Japanese when the tablet is out of storage, keeps what was typed, and saves once there is room', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/cases/${caseId}/edit`);
    const memo = `容量不足でも消えないメモ ${Date.now()}`;
    await page.getByLabel('メモ').fill(memo);
    // Every IndexedDB write in the page now fails as a full disk makes it fail.
    await page.evaluate(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const stores = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      (window as unknown as { realWrites: unknown[] }).realWrites = [stores['put'], stores['add']];
      stores['put'] = full;
      stores['add'] = full;
    });
    await page.getByRole('button', { name: '保存' }).click();
    const failure = page.getByTestId('save-failure');
    await expect.poll(() => failure.textContent()).toContain('端末の保存容量が足りないため、保存できませんでした');
    expect(page.url()).toContain('/edit');
    expect(await page.getByLabel('メモ').inputValue()).toBe(memo);
    await page.evaluate(() => {
      const stores = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      [stores['put'], stores['add']] = (window as unknown as { realWrites: unknown[] }).realWrites;
    });
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(new RegExp(`#/cases/${caseId}$`));
    await expect.poll(() => page.locator('main').textContent()).toContain(memo);
  });

  it('adds a visit with a follow-up, and after a reload everything is there', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/cases/${caseId}`);
    await page.locator('#visit-note').fill(NOTE);
    await page.getByRole('button', { name: 'フォローアップを追加' }).click();
    await page.locator('#visit-fu-0-text').fill(FOLLOW_UP);
    await page.locator('#visit-fu-0-due').fill(YESTERDAY);
    await page.getByRole('button', { name: '記録を追加' }).click();
    await expect.poll(() => page.getByTestId('visit').count()).toBe(1);
    await expect(page.getByTestId('visit-pending').textContent()).resolves.toBe('未送信');
    await page.waitForTimeout(300);
    await expect(page.getByTestId('sync-status').textContent()).resolves.not.toContain('同期中');

    await reloadUnlocked(page);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe(NAME);
    await expect(page.getByTestId('visit').first().textContent()).resolves.toContain(NOTE);
    await expect(page.getByTestId('devices').textContent()).resolves.toContain('デモ呼吸器 X-1');
    await expect(page.getByTestId('device-power').first().textContent()).resolves.toBe('停電時に使える時間: 内蔵 4h ＋ 外部 8h ＝ 最大 12h');
    await expect(page.getByTestId('evacuation').textContent()).resolves.toContain('みほんこども病院');
    await expect(page.getByTestId('power-plan').textContent()).resolves.toContain('外部バッテリー');
  });

  it('finds the case with the list filters and lists its overdue follow-up among the reminders', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/`);
    await page.getByLabel('検索').fill(KANA);
    await page.getByTestId('case-filters').locator('summary').click();
    await page.locator('#filter-care').selectOption('1');
    await page.locator('#filter-power').check();
    await expect.poll(() => page.getByTestId('case-row').count()).toBe(1);
    await page.locator('#filter-living').selectOption('hospital');
    await expect.poll(() => page.getByTestId('case-row').count()).toBe(0);
    await page.getByRole('button', { name: '条件をクリア' }).click();
    await page.getByTestId('reminders-link').click();
    const reminder = page.getByTestId('reminder').filter({ hasText: FOLLOW_UP });
    await expect.poll(() => reminder.count()).toBe(1);
    await expect(reminder.textContent()).resolves.toContain(NAME);
  });

  it('lists what is still waiting to be sent on the sync page', async () => {
    const { page } = tablet;
    await page.goto(`${server.url}/#/sync`);
    const pending = page.getByTestId('pending-change');
    await expect.poll(() => pending.filter({ hasText: `ケース ${NAME}` }).count()).toBeGreaterThan(0);
    await expect(pending.filter({ hasText: '訪問・相談記録' }).count()).resolves.toBe(1);
    // The visit names its child: a coordinator can tell whose note is still unsent.
    await expect(pending.filter({ hasText: '訪問・相談記録' }).textContent()).resolves.toContain(`${NAME}さん・`);
    await expect(pending.first().textContent()).resolves.toMatch(/\d{4}\/\d{2}\/\d{2} \d{2}:\d{2} に変更/);
    await page.goto(`${server.url}/#/cases/${caseId}`);
  });

  it('delivers the case and the visit to the server when the signal returns', async () => {
    const { page, context } = tablet;
    await page.getByTestId('visit-pending').waitFor();
    await context.setOffline(false);
    const token = await signInApi(server.url, 'yokosuka');
    await expect.poll(async () => {
      const changes = await pullAll(server.url, token);
      const record = changes.find((c) => c.record.id === caseId)?.record as Record<string, unknown> | undefined;
      const visit = changes.find((c) => c.collection === 'visits' && c.record.caseId === caseId)?.record;
      return record && visit ? { name: record.name, careItems: (record.careItems as unknown[]).length, note: visit.note } : null;
    }, { timeout: 30_000, interval: 500 }).toEqual({ name: NAME, careItems: 2, note: NOTE });
    await expect.poll(() => page.getByTestId('sync-status').textContent(), { timeout: 15_000 }).toContain('未送信 0件');
    await expect(page.getByTestId('sync-sent').textContent()).resolves.toMatch(/送信しました（\d+件）/);
    await expect.poll(() => page.getByTestId('visit-pending').count()).toBe(0);
  });

  it('reaches a second tablet signed in for the same area', async () => {
    second = await openTablet();
    const { page } = second;
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await signIn(page, 'yokosuka');
    await page.getByLabel('検索').fill(KANA);
    await expect.poll(() => page.getByTestId('case-row').count(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId('case-row').first().click();
    await expect.poll(() => page.getByTestId('visit').count(), { timeout: 15_000 }).toBe(1);
    await expect(page.getByTestId('devices').textContent()).resolves.toContain('デモ呼吸器 X-1');
    await expect(page.getByTestId('follow-ups').textContent()).resolves.toContain(FOLLOW_UP);
  });
});
