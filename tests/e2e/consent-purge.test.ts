import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start-server.ts';
import { ConsentSchema } from '../../src/schema/case.ts';
import { makeCaseFields, makeMutation } from '../server/fixtures.ts';
import { pullAll, signInApi } from './api.ts';
import { openTablet, signIn, waitForServiceWorker, type Tablet } from './browser.ts';

// 横須賀市 shares a child with 三浦市 by consent; the family withdraws it. The 横須賀 coordinator records the
// withdrawal on her tablet; the 三浦 tablet loses the child — record, list row, visits — after its next sync.

let server: Awaited<ReturnType<typeof startServer>>;
let dataDir: string;
let owner: Tablet;
let other: Tablet;
const caseId = randomUUID();
const NAME = '架空 そよか';
const TODAY = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: '今すぐ同期' }).click();
}

/** Whether this tablet's IndexedDB still holds the case or any visit of it. */
function holdsCase(page: Page): Promise<boolean> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tsunagu');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = (store: string, index: string | null, key: IDBValidKey | IDBKeyRange) => new Promise<number>((resolve) => {
      const source = db.transaction(store).objectStore(store);
      const request = index ? source.index(index).count(key) : source.count(key);
      request.onsuccess = () => resolve(request.result);
    });
    // The list/disaster row is keyed [municipalityCode+id]: any municipality.
    const indexed = await count('caseIndex', null, IDBKeyRange.bound(['', id], ['\uffff', id]));
    const total = (await count('cases', null, id)) + indexed + (await count('visits', 'caseId', id));
    db.close();
    return total > 0;
  }, caseId);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-e2e-purge-'));
  server = await startServer({ port: 0, dataDir, demo: { cases: 5, resources: 3, withVisits: false }, staticDir: join(process.cwd(), 'dist') });
  const consent = ConsentSchema.parse({ id: randomUUID(), kind: 'provide', areas: ['142107'], date: '2026-01-05', explainedBy: '試験 担当' });
  const token = await signInApi(server.url, 'yokosuka');
  const fields = makeCaseFields({ name: NAME, nameKana: 'かくう そよか', municipalityCode: '142018', consents: [consent] });
  const visit = { caseId, at: '2026-05-01T10:00:00+09:00', kind: 'home-visit', author: '試験 担当', note: '共有中の訪問記録。' };
  const response = await fetch(`${server.url}/api/sync/push`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: 'office', mutations: [
      makeMutation({ collection: 'cases', recordId: caseId, fields }), makeMutation({ collection: 'visits', recordId: randomUUID(), fields: visit }),
    ] }),
  });
  expect(response.status).toBe(200);
  [owner, other] = await Promise.all([openTablet(), openTablet()]);
  for (const [tablet, username] of [[owner, 'yokosuka'], [other, 'miura']] as const) {
    await tablet.page.goto(server.url);
    await waitForServiceWorker(tablet.page);
    await signIn(tablet.page, username);
    await tablet.page.getByTestId('case-row').filter({ hasText: NAME }).waitFor({ timeout: 30_000 });
  }
});

afterAll(async () => {
  await owner?.close();
  await other?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('withdrawing a consent', () => {
  it("removes the child from the other area's tablet at its next sync", async () => {
    expect(await holdsCase(other.page)).toBe(true);
    const page = owner.page;
    await page.goto(`${server.url}/#/cases/${caseId}`);
    await page.getByRole('link', { name: '編集' }).click();
    const section = page.getByTestId('section-consents');
    if (!(await section.evaluate((el) => (el as HTMLDetailsElement).open))) await section.locator('summary').click();
    await section.getByLabel('撤回日').fill(TODAY);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('link', { name: '編集' }).waitFor();
    await syncNow(page);
    const adminToken = await signInApi(server.url, 'admin');
    const isWithdrawn = async () => {
      const changes = await pullAll(server.url, adminToken);
      const latest = changes.filter((c) => c.record.id === caseId).at(-1)?.record as { consents: { withdrawnAt: string | null }[] } | undefined;
      return latest?.consents[0]?.withdrawnAt === TODAY;
    };
    await expect.poll(isWithdrawn, { timeout: 30_000, interval: 500 }).toBe(true);

    // Meanwhile, offline, the 三浦 coordinator wrote a note on the child: it cannot be sent any more.
    await other.context.setOffline(true);
    await other.page.goto(`${server.url}/#/cases/${caseId}`);
    await other.page.getByRole('link', { name: '編集' }).click();
    await other.page.getByLabel('メモ').fill('撤回の前に書いたメモ');
    await other.page.getByRole('button', { name: '保存' }).click();
    await other.page.getByRole('link', { name: '編集' }).waitFor();
    await other.context.setOffline(false);

    await other.page.goto(`${server.url}/#/`);
    await syncNow(other.page);
    await expect.poll(() => holdsCase(other.page), { timeout: 30_000, interval: 300 }).toBe(false);
    expect(await other.page.getByTestId('case-row').filter({ hasText: NAME }).count()).toBe(0);
    expect(await holdsCase(owner.page)).toBe(true);
    // Not silently: the coordinator is told what left the tablet (no child named), until she has read it.
    const notice = other.page.getByRole('link', { name: 'ケース1件と未送信の変更1件を端末から削除しました' });
    await notice.waitFor({ timeout: 30_000 });
    expect(await other.page.locator('body').textContent()).not.toContain(NAME);
    await notice.click();
    await other.page.getByRole('button', { name: '確認しました' }).click();
    await expect.poll(() => notice.count()).toBe(0);
  });
});
