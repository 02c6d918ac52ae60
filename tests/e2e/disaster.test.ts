import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start-server.ts';
import { PushResponseSchema } from '../../src/schema/sync-protocol.ts';
import { pullAll, signInApi } from './api.ts';
import { openTablet, signIn, waitForServiceWorker, type Tablet } from './browser.ts';

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
    await page.reload();
    await page.getByTestId('disaster-mode').click();
    await page.getByRole('button', { name: '開始する' }).click();
    const rows = page.getByTestId('disaster-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(5);
    const total = Number(/ \/ (\d+) 件/.exec((await page.getByTestId('safety-summary').textContent())!)![1]);
    expect(await page.getByTestId('safety-summary').textContent()).toBe(`安否確認 0 / ${total} 件`);
    // A page of rows at a time (the summary names everyone unreached); every child when printing.
    expect(await rows.count()).toBe(Math.min(100, total));
    // The top of the list depends on power: a device with hours left is shown.
    expect(await rows.first().getByTestId('disaster-devices').textContent()).toMatch(/残り|バッテリー切れ/);
    expect(await rows.first().locator('a[href^="tel:"]').count()).toBeGreaterThan(0);

    firstId = (await rows.nth(0).getAttribute('data-case-id'))!;
    secondId = (await rows.nth(1).getAttribute('data-case-id'))!;
    await rows.nth(0).getByRole('button', { name: /無事を記録/ }).click();
    await rows.nth(1).getByLabel('メモ（任意）').fill('留守電に伝言');
    await rows.nth(1).getByRole('button', { name: /連絡不通を記録/ }).click();
    const status = (id: string) => page.locator(`[data-case-id="${id}"]`).getByTestId('safety-status');
    await expect.poll(() => status(firstId).textContent()).toContain('無事');
    await expect.poll(() => status(secondId).textContent()).toContain('連絡不通');
    expect(await page.getByTestId('safety-summary').textContent()).toBe(`安否確認 2 / ${total} 件`);

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
    expect(await page.getByTestId('safety-summary').textContent()).toBe(`安否確認 3 / ${total} 件`);
    expect(await page.getByTestId('unreached').textContent()).not.toContain(await page.locator(`[data-case-id="${firstId}"] h3`).evaluate((h) => h.firstChild?.textContent?.trim() ?? ''));
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
    const pdf = await page.pdf({ printBackground: false, preferCSSPageSize: true });
    expect(pdf.byteLength).toBeGreaterThan(20_000);
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
});
