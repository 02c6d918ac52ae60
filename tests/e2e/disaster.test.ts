import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start-server.ts';
import { PushResponseSchema } from '../../src/schema/sync-protocol.ts';
import { pullAll, signInApi } from './api.ts';
import { findViolations } from './axe.ts';
import { openTablet, reloadUnlocked, signIn, waitForServiceWorker, type Tablet } from './browser.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let tablet: Tablet;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-e2e-disaster-'));
  server = await startServer({ port: 0, dataDir, demo: true, staticDir: join(process.cwd(), 'dist') });
  tablet = await openTablet();
});

afterAll(async () => {
  await tablet?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const syncedStatus = { timeout: 60_000 };

/** A checkbox drawn as a checkbox, on the same line as its words, and its label a 44 px target. */
async function isCheckboxBesideWords(label: Locator): Promise<boolean> {
  const box = (await label.locator('input').boundingBox())!;
  const words = (await label.boundingBox())!;
  return box.width <= 32 && words.height >= 44 && words.height < 64 && box.y >= words.y && box.y + box.height <= words.y + words.height;
}

describe('disaster mode in Chromium', () => {
  let firstId = '';
  let secondId = '';

  it('starts an event offline, lists the area by priority and records safety checks with no network', async () => {
    const { page, context } = tablet;
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await signIn(page, 'yokosuka');
    await expect.poll(() => page.getByTestId('case-row').count(), syncedStatus).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('sync-status').textContent(), syncedStatus).toContain('未送信 0件');

    await context.setOffline(true);
    await reloadUnlocked(page);
    await page.getByTestId('disaster-mode').click();
    // Every municipality with children on the tablet is offered (cases shared by consent too), own area ticked.
    const choices = page.getByTestId('area-choice');
    await expect.poll(() => choices.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    expect(await choices.first().textContent()).toContain('担当');
    expect(await choices.first().locator('input').isChecked()).toBe(true);
    expect(await isCheckboxBesideWords(choices.first())).toBe(true);
    // Thirty hours into the outage: some batteries are out, some have hours, some days.
    const localInput = (ms: number) => new Date(ms - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    // A wrong day picked (tomorrow) would show every battery full: refused in Japanese, nothing started.
    await page.getByLabel('停電の開始時刻').fill(localInput(Date.now() + 24 * 3_600_000));
    await page.getByRole('button', { name: '開始する' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('停電の開始時刻が未来になっています');
    expect(await page.getByLabel('停電の開始時刻').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('event-bar').count()).toBe(0);
    const since = localInput(Date.now() - 30 * 3_600_000);
    await page.getByLabel('停電の開始時刻').fill(since);
    await page.getByRole('button', { name: '開始する' }).click();
    const rows = page.getByTestId('disaster-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(5);
    expect(await page.getByTestId('declaration').textContent()).toBe('自治体の宣言前：自分の担当地域のみ表示');
    // Power-dependent children only, at first; the toggle says how many of how many.
    const [dependent, everyone] = /電源依存 (\d+) 人 ／ 全 (\d+) 人/.exec((await page.getByTestId('power-count').textContent())!)!.slice(1).map(Number) as [number, number];
    expect(dependent).toBeLessThan(everyone);
    expect(await isCheckboxBesideWords(page.locator('label', { has: page.getByTestId('power-only') }))).toBe(true);
    expect(await page.getByTestId('safety-summary').textContent()).toBe(`安否確認 0 / ${dependent} 件（電源依存のみ）`);
    await page.getByTestId('power-only').uncheck();
    await expect.poll(() => page.getByTestId('safety-summary').textContent()).toBe(`安否確認 0 / ${everyone} 件`);
    await page.getByTestId('power-only').check();
    await expect.poll(() => page.getByTestId('safety-summary').textContent()).toBe(`安否確認 0 / ${dependent} 件（電源依存のみ）`);
    const total = dependent;
    // A page of rows at a time (the summary names everyone unreached); every child when printing.
    await expect.poll(() => rows.count()).toBe(Math.min(100, total));
    // The top of the list depends on power: a device with hours left is shown.
    expect(await rows.first().getByTestId('disaster-devices').textContent()).toMatch(/残り|バッテリー切れ|バッテリーなし/);
    expect(await rows.first().locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    // Compact cards: details folded, so a page of 100 scans quickly.
    expect(await page.locator('.disaster-card details[open]').count()).toBe(0);
    const cardHeight = await page.getByTestId('disaster-list').evaluate((list) => list.getBoundingClientRect().height / list.children.length);
    expect(cardHeight).toBeLessThan(360);
    // Urgency by band, in words and in colour: out, under 6 h, under 24 h and the rest never look alike.
    // Bands 3 and 4 (a day or more; in hospital) are "the rest" alike.
    const runways = await page.locator('.runway').evaluateAll((items) => items.map((li) => ({
      band: /runway--(\d)/.exec(li.className)![1]!.replace('4', '3'), text: li.textContent ?? '', colour: getComputedStyle(li).backgroundColor,
    })));
    const colours = new Map<string, Set<string>>();
    for (const { band, text, colour } of runways) {
      colours.set(band, (colours.get(band) ?? new Set()).add(colour));
      if (band === '0') expect(text).toMatch(/バッテリー切れ|停電と同時に停止（バッテリーなし）/);
      if (band === '1') expect(text).toContain('6時間未満');
      if (band === '2') expect(text).toContain('24時間未満');
    }
    expect(colours.get('0')?.size).toBe(1);
    const seen = [...colours.values()].map((set) => [...set][0]);
    expect(new Set(seen).size).toBe(seen.length);
    expect(colours.size).toBeGreaterThanOrEqual(3);
    // 支援者 are tel: links with a 44 px target, inside the folded details.
    await rows.first().locator('summary').click();
    const helper = rows.first().getByTestId('helpers').locator('a[href^="tel:"]').first();
    expect((await helper.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    // Each shelter and hospital says who evacuates there; those it only knows through a care team stand apart.
    const facilities = page.getByTestId('facility');
    await expect.poll(() => facilities.count()).toBeGreaterThan(0);
    for (const text of await page.getByTestId('facility-evacuating').allTextContents()) expect(text).toMatch(/^避難予定 \d+ 人/);
    for (const text of await page.getByTestId('facility-care-team').allTextContents()) expect(text).toMatch(/^かかりつけ（避難先は別） \d+ 人: ./);
    expect(await findViolations(page)).toEqual([]);

    firstId = (await rows.nth(0).getAttribute('data-case-id'))!;
    secondId = (await rows.nth(1).getAttribute('data-case-id'))!;
    await rows.nth(0).getByRole('button', { name: /無事を記録/ }).click();
    await rows.nth(1).getByLabel('メモ（任意）').fill('留守電に伝言');
    await rows.nth(1).getByRole('button', { name: /連絡不通を記録/ }).click();
    const status = (id: string) => page.locator(`[data-case-id="${id}"]`).getByTestId('safety-status');
    await expect.poll(() => status(firstId).textContent()).toContain('無事');
    await expect.poll(() => status(secondId).textContent()).toContain('連絡不通');
    expect(await page.getByTestId('safety-summary').textContent()).toBe(`安否確認 2 / ${total} 件（電源依存のみ）`);

    // The note typed before the status is recorded with it and shown on the card; the field is free again.
    const second = page.locator(`[data-case-id="${secondId}"]`);
    await expect.poll(() => second.getByTestId('safety-note').textContent()).toContain('留守電に伝言');
    expect(await second.getByLabel('メモ（任意）').inputValue()).toBe('');
    // A note typed after the status: Enter (or 「メモを保存」) adds it as a follow-up check of the same status.
    await second.getByLabel('メモ（任意）').fill('18時に再度電話');
    expect(await second.getByTestId('note-unsaved').isVisible()).toBe(true);
    await second.getByLabel('メモ（任意）').press('Enter');
    await expect.poll(() => second.getByTestId('safety-note').textContent()).toContain('18時に再度電話');
    expect(await status(secondId).textContent()).toContain('連絡不通');
    expect(await second.getByLabel('メモ（任意）').inputValue()).toBe('');
    // No status yet: the note is kept in the field (and said to be unsaved) until a status is tapped.
    const third = rows.nth(2);
    await third.getByLabel('メモ（任意）').fill('避難所で会えた');
    await third.getByLabel('メモ（任意）').press('Enter');
    await third.getByRole('button', { name: /メモを保存/ }).click();
    expect(await third.getByLabel('メモ（任意）').inputValue()).toBe('避難所で会えた');
    expect(await third.getByTestId('note-unsaved').textContent()).toContain('状況のボタン');
    await third.getByRole('button', { name: /避難済を記録/ }).click();
    await expect.poll(() => third.getByTestId('safety-note').textContent()).toContain('避難所で会えた');
    expect(await page.getByTestId('safety-summary').textContent()).toBe(`安否確認 3 / ${total} 件（電源依存のみ）`);
    expect(await page.getByTestId('unreached').textContent()).not.toContain(await page.locator(`[data-case-id="${firstId}"] h3`).evaluate((h) => h.firstChild?.textContent?.trim() ?? ''));
    // まだ確認できていない方: each name a 44 px target, apart from the next on its line.
    const names = await page.getByTestId('unreached').locator('a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
    expect(names.length).toBeGreaterThan(1);
    for (const box of names) expect(box.height).toBeGreaterThanOrEqual(44);
    names.slice(1).forEach((box, i) => {
      if (Math.abs(box.top - names[i]!.top) < 1) expect(box.left - names[i]!.right).toBeGreaterThanOrEqual(4);
    });
  });

  it('fits a phone (390 px): no sideways scroll, the note field wide enough to type in and its button on one line', async () => {
    const { page } = tablet;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const card = page.getByTestId('disaster-row').first();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect((await card.getByLabel('メモ（任意）').boundingBox())!.width).toBeGreaterThanOrEqual(180);
      expect((await card.getByRole('button', { name: /メモを保存/ }).boundingBox())!.height).toBeLessThanOrEqual(48);
    } finally {
      await page.setViewportSize({ width: 1024, height: 768 });
    }
  });

  it('takes a name in the summary to its card on this screen, and lists every unreached name on request', async () => {
    const { page } = tablet;
    const unreached = page.getByTestId('unreached');
    const total = Number(/ \/ (\d+) 件/.exec((await page.getByTestId('safety-summary').textContent())!)![1]);
    // The first dozen names, then the rest at a tap: nobody unreached is left out.
    await unreached.getByRole('button', { name: /ほか \d+ 人を表示/ }).click();
    const names = unreached.getByRole('link');
    // Everyone but the two reached (無事, 避難済): 連絡不通 is still unreached.
    expect(await names.count()).toBe(total - 2);
    // A name beyond the first page of cards: the list pages on, the card comes into view and takes the focus.
    const last = names.last();
    const id = (await last.getAttribute('href'))!.replace('#disaster-', '');
    await last.click();
    expect(page.url()).toMatch(/#\/disaster$/);
    const card = page.locator(`[data-case-id="${id}"]`);
    await expect.poll(() => card.evaluate((li) => document.activeElement === li)).toBe(true);
    const box = (await card.boundingBox())!;
    const header = (await page.locator('.app-header').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(box.y).toBeLessThan(page.viewportSize()!.height);
  });

  it('renders the A4 paper list: one row per child, blank columns, no app chrome', async () => {
    const { page } = tablet;
    // The print button builds the paper list, then opens the print dialog (stubbed: headless has none).
    await page.evaluate(() => { window.print = () => undefined; });
    await page.getByRole('button', { name: '印刷（A4）' }).click();
    await page.getByTestId('print-sheet').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-sheet').isVisible()).toBe(true);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByTestId('disaster-list').isVisible()).toBe(false);
    const total = Number(/ \/ (\d+) 件/.exec((await page.getByTestId('safety-summary').textContent())!)![1]);
    expect(await page.getByTestId('print-row').count()).toBe(total);
    expect(await page.locator('.print-sheet td.blank').count()).toBe(2 * (await page.getByTestId('print-row').count()));
    expect(await page.locator(`[data-testid="print-row"]:has-text("18時に再度電話")`).count()).toBe(1);
    // Names stay on one line on paper.
    const brokenNames = await page.locator('.print-sheet td.name strong').evaluateAll((names) => names.filter((n) => n.getClientRects().length > 1 || n.getBoundingClientRect().height > 40).length);
    expect(brokenNames).toBe(0);
    // Phone numbers stay whole: one line each — the 支援者's as well as the contacts'.
    expect(await page.locator('.print-sheet td.plan .phone').count()).toBeGreaterThan(0);
    const brokenPhones = await page.locator('.print-sheet .phone').evaluateAll((phones) => phones.filter((p) => p.getClientRects().length > 1).length);
    expect(brokenPhones).toBe(0);
    const pdf = await page.pdf({ printBackground: false, preferCSSPageSize: true });
    expect(pdf.byteLength).toBeGreaterThan(20_000);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // At least four children to a landscape page (12 pt and a squeezed care column fitted about three).
    expect(pages).toBeLessThanOrEqual(Math.ceil(total / 4));
    await page.emulateMedia({ media: 'screen' });
  });

  it('sends the checks when online; another tablet sees the event and the latest status', async () => {
    const { page, context } = tablet;
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('sync-status').textContent(), syncedStatus).toContain('未送信 0件');
    const other = await openTablet();
    try {
      await other.page.goto(server.url);
      await signIn(other.page, 'yokosuka');
      await expect.poll(() => other.page.getByTestId('case-row').count(), syncedStatus).toBeGreaterThan(0);
      await other.page.getByTestId('disaster-mode').click();
      const status = (id: string) => other.page.locator(`[data-case-id="${id}"]`).getByTestId('safety-status');
      await expect.poll(() => status(firstId).textContent(), syncedStatus).toContain('無事');
      expect(await status(secondId).textContent()).toContain('連絡不通');
    } finally {
      await other.close();
    }
  });

  it('gives a named responder from another area the disaster fields once an administrator declares the event', async () => {
    const admin = await signInApi(server.url, 'admin');
    const event = (await pullAll(server.url, admin)).find((c) => c.collection === 'disasterEvents')!.record;
    const mutation = {
      id: crypto.randomUUID(), collection: 'disasterEvents', recordId: event.id, baseRev: event.rev, op: 'upsert',
      fields: { declaredBy: 'user-admin', declaredAt: new Date().toISOString(), responders: ['user-kamakura'] },
      at: `${String(Date.now()).padStart(13, '0')}:0000:e2e-admin`,
    };
    const response = await fetch(new URL('/api/sync/push', server.url), {
      method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'e2e-admin', mutations: [mutation] }),
    });
    expect(PushResponseSchema.parse(await response.json()).results[0]?.status).toBe('applied');
    const responder = await openTablet();
    try {
      await responder.page.goto(server.url);
      await signIn(responder.page, 'kamakura');
      await expect.poll(() => responder.page.getByTestId('case-row').count(), syncedStatus).toBeGreaterThan(0);
      await responder.page.getByTestId('disaster-mode').click();
      const status = responder.page.locator(`[data-case-id="${firstId}"]`).getByTestId('safety-status');
      await expect.poll(() => status.count(), syncedStatus).toBe(1);
      expect(await status.textContent()).toContain('無事');
      const audit = await server.store.listAudit({ userId: 'user-kamakura', action: 'read-disaster' });
      expect(audit.map((entry) => entry.recordId)).toContain(firstId);
    } finally {
      await responder.close();
    }
  });
  it('keeps an ended event on the screen as ended: chosen from the events, its checks kept, no end button, no start form in its place', async () => {
    const { page } = tablet;
    const admin = await signInApi(server.url, 'admin');
    const event = (await pullAll(server.url, admin)).find((c) => c.collection === 'disasterEvents')!.record;
    const endedAt = new Date().toISOString();
    const mutation = {
      id: crypto.randomUUID(), collection: 'disasterEvents', recordId: event.id, baseRev: event.rev, op: 'upsert',
      fields: { endedAt }, at: `${String(Date.now()).padStart(13, '0')}:0000:e2e-admin`,
    };
    const response = await fetch(new URL('/api/sync/push', server.url), {
      method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'e2e-admin', mutations: [mutation] }),
    });
    expect(PushResponseSchema.parse(await response.json()).results[0]?.status).toBe('applied');
    await page.getByRole('button', { name: '今すぐ同期' }).click();
    // With no event open the picker offers a new one first, and never names an event the screen is not showing.
    const picker = page.getByLabel('イベント', { exact: true });
    await expect.poll(() => picker.count(), syncedStatus).toBe(1);
    expect(await picker.locator('option:checked').textContent()).toBe('新しい災害イベントを開始');
    expect(await page.getByRole('button', { name: '開始する' }).isVisible()).toBe(true);
    await picker.selectOption(event.id);
    await expect.poll(() => page.locator(`[data-case-id="${firstId}"]`).getByTestId('safety-status').textContent()).toContain('無事');
    expect(await page.getByTestId('event-ended').textContent()).toContain('終了済み');
    expect(await page.getByRole('button', { name: 'イベントを終了' }).count()).toBe(0);
    expect(await findViolations(page)).toEqual([]);
  });
});
