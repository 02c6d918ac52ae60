import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start-server.ts';
import { pullAll, signInApi } from './api.ts';
import { findViolations } from './axe.ts';
import { openTablet, reloadUnlocked, signIn, waitForServiceWorker, type Tablet } from './browser.ts';

// Two coordinators' tablets in two cars with no signal edit the same child; the server merges them.

let server: Awaited<ReturnType<typeof startServer>>;
let dataDir: string;
let first: Tablet;
let second: Tablet;
let adminToken: string;
let caseId: string;

const SYNC_WAIT = { timeout: 30_000, interval: 300 };

async function serverState() {
  const changes = await pullAll(server.url, adminToken);
  const latest = new Map(changes.map((c) => [`${c.collection}/${c.record.id}`, c.record]));
  const record = latest.get(`cases/${caseId}`);
  const conflicts = [...latest.values()].filter((r) => r.recordId === caseId);
  return { record, conflicts };
}

async function openCase(page: Page): Promise<void> {
  await page.goto(`${server.url}/#/cases/${caseId}`);
  await page.getByRole('link', { name: '編集' }).waitFor({ timeout: 30_000 });
}

async function editCase(page: Page, fields: Record<string, string>): Promise<void> {
  await page.getByRole('link', { name: '編集' }).click();
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByRole('link', { name: '編集' }).waitFor();
}

const pendingText = (page: Page) => page.getByTestId('sync-status').textContent();
const syncNowButton = (page: Page) => page.getByRole('button', { name: '今すぐ同期' });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-e2e-two-'));
  server = await startServer({
    port: 0, dataDir, demo: { cases: 40, resources: 10, withVisits: false }, staticDir: join(process.cwd(), 'dist'),
  });
  adminToken = await signInApi(server.url, 'admin');
  const yokosukaToken = await signInApi(server.url, 'yokosuka');
  const own = (await pullAll(server.url, yokosukaToken)).find(
    (c) => c.collection === 'cases' && c.record.municipalityCode === '142018' && !c.record.deleted,
  );
  caseId = own!.record.id;
  [first, second] = await Promise.all([openTablet(), openTablet()]);
  for (const [tablet, username] of [[first, 'yokosuka'], [second, 'admin']] as const) {
    await tablet.page.goto(server.url);
    await waitForServiceWorker(tablet.page);
    await signIn(tablet.page, username);
    await tablet.page.getByTestId('case-row').first().waitFor({ timeout: 30_000 });
  }
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('two tablets editing the same case offline', () => {
  const memoFirst = `一台目のメモ ${Date.now()}`;
  const memoSecond = `二台目のメモ ${Date.now()}`;
  const address = '横須賀市本町 9-9-9 一台目';
  const phone = '046-999-0002';

  it('merges different fields and shows the same field as a conflict on both tablets', async () => {
    await Promise.all([openCase(first.page), openCase(second.page)]);
    await Promise.all([first.context.setOffline(true), second.context.setOffline(true)]);

    await editCase(first.page, { メモ: memoFirst, 住所: address });
    await editCase(second.page, { メモ: memoSecond, 電話: phone });
    for (const { page } of [first, second]) {
      await expect.poll(() => pendingText(page)).toContain('未送信 1件');
    }

    await first.context.setOffline(false);
    await expect.poll(async () => (await serverState()).record?.address, SYNC_WAIT).toBe(address);
    await second.context.setOffline(false);
    await expect.poll(async () => (await serverState()).conflicts.length, SYNC_WAIT).toBe(1);
    // The first tablet synced before the second pushed: it learns of the merge on its next sync.
    await syncNowButton(first.page).click();

    const { record, conflicts } = await serverState();
    expect(record).toMatchObject({ address, phone });
    expect([conflicts[0]?.keptValue, conflicts[0]?.winningValue].sort()).toEqual([memoFirst, memoSecond].sort());
    expect(record?.notes).toBe(conflicts[0]?.winningValue);
    for (const { page } of [first, second]) {
      await expect.poll(() => page.getByTestId('conflict').count(), SYNC_WAIT).toBe(1);
      const card = page.getByTestId('conflict');
      await expect.poll(() => card.textContent()).toContain(memoFirst);
      await expect.poll(() => card.textContent()).toContain(memoSecond);
      const facts = await page.getByTestId('basic-info').textContent();
      expect(facts).toContain(address);
      expect(facts).toContain(phone);
      await expect.poll(() => pendingText(page), SYNC_WAIT).toContain('未送信 0件');
      await expect.poll(() => page.getByTestId('conflicts-link').count()).toBe(1);
    }
    // A case page with a conflict, and the list of conflicts, pass axe (WCAG 2 A/AA).
    expect(await findViolations(first.page)).toEqual([]);
    await second.page.getByTestId('conflicts-link').click();
    await second.page.getByTestId('conflict').waitFor();
    expect(await findViolations(second.page)).toEqual([]);
    await openCase(second.page);
  });

  it('resolves the conflict on one tablet and clears it on the other after its next sync', async () => {
    // The second tablet has no signal while the first resolves, so it cannot have heard yet.
    await second.context.setOffline(true);
    const card = first.page.getByTestId('conflict');
    // Each choice names its field and side (four alike 「この値を採用」 told a screen reader nothing), to the second.
    const names = await card.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^メモ、現在の値（.+・\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}）: この値を採用$/);
    expect(names[1]).toMatch(/^メモ、保留された値（/);
    await card.locator('.conflict__side', { hasText: memoFirst }).getByRole('button', { name: 'この値を採用' }).click();
    // It applies on every tablet: asked first, and 「やめる」 changes nothing.
    const question = first.page.getByRole('alertdialog', { name: 'この値を採用しますか？' });
    expect(await question.textContent()).toContain(memoFirst);
    await question.getByRole('button', { name: 'やめる' }).click();
    expect(await first.page.getByTestId('conflict').count()).toBe(1);
    await card.locator('.conflict__side', { hasText: memoFirst }).getByRole('button', { name: 'この値を採用' }).click();
    await first.page.getByRole('alertdialog').getByRole('button', { name: '採用する' }).click();
    await expect.poll(() => first.page.getByTestId('conflict').count()).toBe(0);
    // The card is gone: focus is on the page's heading, not <body>, and the result is announced.
    await expect.poll(() => first.page.evaluate(() => document.activeElement?.id)).toBe('case-title');
    await expect.poll(() => first.page.getByTestId('announcement').textContent()).toContain(`メモ: 「${memoFirst}」を採用しました`);
    await expect.poll(async () => {
      const { record, conflicts } = await serverState();
      return { notes: record?.notes, resolved: conflicts.every((c) => c.resolvedAt !== null) };
    }, SYNC_WAIT).toEqual({ notes: memoFirst, resolved: true });
    expect(await second.page.getByTestId('conflict').count()).toBe(1);

    // Back online, the second tablet syncs and the conflict goes.
    await second.context.setOffline(false);
    await expect.poll(() => second.page.getByTestId('conflict').count(), SYNC_WAIT).toBe(0);
    await expect.poll(() => second.page.getByTestId('basic-info').textContent(), SYNC_WAIT).toContain(memoFirst);
    await expect.poll(() => second.page.getByTestId('conflicts-link').count()).toBe(0);
    await expect.poll(() => first.page.getByTestId('basic-info').textContent()).toContain(memoFirst);
  });
});

describe('an unsent change across a reload with no signal', () => {
  it('keeps the edit and its outbox entry through the reload, then delivers them online', async () => {
    const { page, context } = first;
    await openCase(page);
    await context.setOffline(true);
    const newAddress = `横須賀市本町 1-2-3 再読み込み ${Date.now()}`;
    await editCase(page, { 住所: newAddress });
    await expect.poll(() => pendingText(page)).toContain('未送信 1件');

    await reloadUnlocked(page);
    await page.getByRole('link', { name: '編集' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('connection').textContent()).toContain('オフライン');
    expect(await page.getByTestId('basic-info').textContent()).toContain(newAddress);
    await expect.poll(() => pendingText(page)).toContain('未送信 1件');
    expect((await serverState()).record?.address).not.toBe(newAddress);

    await context.setOffline(false);
    await expect.poll(async () => (await serverState()).record?.address, SYNC_WAIT).toBe(newAddress);
    await expect.poll(() => pendingText(page), SYNC_WAIT).toContain('未送信 0件');
  });
});
