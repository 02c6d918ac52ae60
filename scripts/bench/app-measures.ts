import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openTablet, setUpPin, waitForServiceWorker, type Tablet } from '../../tests/e2e/browser.ts';
import { BENCH_USER } from './bench-server.ts';
import { countRows, countStoredRecords, listLoadedScripts } from './browser-measures.ts';
import { cpuSince, snapshotCpu } from './cpu-usage.ts';

// The app itself in Chromium: the first sync of a fresh profile, PIN setup included, and the first page's JS.

/** Page times of a first sync, from the click on ログイン to the last sealed page opened into the tables. */
export type FirstSyncPhases = {
  /** ログイン click → the PIN setup screen committed (the server's session answer, the setup chunk). */
  signIn: number;
  /** Setup screen → its submit: the bench typing the PIN twice (a person takes seconds). */
  typing: number;
  /** Submit → the app's header (ロック button) committed: PBKDF2, new device keys wrapped, session saved. */
  pinSetup: number;
  /** App shown → the first `syncing` status (the page's or the service worker's). */
  toSync: number;
  /** `syncing` → the sync's end with the cursor saved: every page pulled and stored (by the unlocked page, into
   * the tables; by a locked page's service worker, sealed into the inbox). */
  pull: number;
  /** That end → the inbox empty: sealed pages still being opened into the tables (none when the page synced). */
  drainTail: number;
  /** The click on ログイン → the case list counting every case (its re-read after the first sync; not in the total). */
  listShown: number;
};

export type FirstSync = {
  tablet: Tablet;
  /** ログイン click → every record in the tables (inbox empty, service worker idle, cursor saved). */
  totalMs: number;
  /** ログイン click → the service worker idle: every page stored (sealed in the inbox or already opened). */
  sealedMs: number;
  phases: FirstSyncPhases;
  signInScripts: string[];
  cpu: Record<string, number>;
};

type SyncMarks = { clickAt: number; setupAt: number; submitAt: number; appAt: number; syncingAt: number; sealedAt: number; drainedAt: number; listAt: number };

/**
 * In the page before the click on ログイン: the click, the setup screen, its submit, the app's header, the
 * service worker's statuses; at its `idle` the inbox is counted every 50 ms until it is empty.
 */
function instrumentFirstSync(cases: number): void {
  const marks: Partial<SyncMarks> = {};
  (window as unknown as { benchSync: Partial<SyncMarks> }).benchSync = marks;
  const now = () => performance.now();
  window.addEventListener('click', () => (marks.clickAt ??= now()), { capture: true });
  let submits = 0;
  window.addEventListener('submit', () => (++submits === 2 ? (marks.submitAt = now()) : undefined), { capture: true });
  // An unlocked page syncs itself: its status bar says 同期中… while it runs and names the last sync once done.
  const seen = new MutationObserver(() => {
    if (marks.setupAt === undefined && document.querySelector('[data-testid="pin-setup"]')) marks.setupAt = now();
    if (marks.appAt === undefined && document.querySelector('[data-testid="lock-button"]')) marks.appAt = now();
    const status = document.querySelector('[data-testid="sync-status"]')?.textContent ?? '';
    if (marks.appAt !== undefined && status.includes('同期中')) marks.syncingAt ??= now();
    if (marks.syncingAt !== undefined && !status.includes('同期中') && !status.includes('未同期') && marks.sealedAt === undefined) {
      marks.sealedAt = now();
      seen.disconnect();
      const open = indexedDB.open('tsunagu');
      open.onsuccess = () => countInbox(open.result);
    }
  });
  seen.observe(document.body, { childList: true, subtree: true });
  const listed = new MutationObserver(() => {
    const count = /^([\d,]+)/.exec(document.querySelector('[data-testid="case-count"]')?.textContent ?? '')?.[1]?.replace(/,/g, '');
    if (count !== String(cases)) return;
    marks.listAt = now();
    listed.disconnect();
  });
  listed.observe(document.body, { childList: true, subtree: true, characterData: true });
  const countInbox = (db: IDBDatabase) => {
    const count = db.transaction('inbox').objectStore('inbox').count();
    count.onsuccess = () => {
      if (count.result > 0) return void setTimeout(() => countInbox(db), 50);
      marks.drainedAt = now();
      db.close();
    };
  };
  navigator.serviceWorker.addEventListener('message', (event) => {
    const status = (event.data as { status?: { state: string; lastSuccessAt: string | null } } | null)?.status;
    if (marks.clickAt === undefined || !status) return;
    if (status.state === 'syncing') marks.syncingAt ??= now();
    if (status.state !== 'idle' || !status.lastSuccessAt || marks.sealedAt !== undefined) return;
    marks.sealedAt = now();
    const open = indexedDB.open('tsunagu');
    open.onsuccess = () => countInbox(open.result);
  });
}

/**
 * Opens the app in a fresh profile, waits for the service worker, signs in, chooses the PIN (typed twice,
 * submitted) and times the click on ログイン to every record opened into the tables; checks the rows after.
 */
export async function measureFirstSync(url: string, expected: Record<string, number>): Promise<FirstSync> {
  const tablet = await openTablet();
  const { page } = tablet;
  await page.goto(url);
  await page.getByRole('button', { name: 'ログイン' }).waitFor();
  const { early: signInScripts } = await listLoadedScripts(page, Number.POSITIVE_INFINITY);
  await waitForServiceWorker(page);
  await page.evaluate(instrumentFirstSync, expected['cases'] ?? 0);
  await page.getByLabel('ユーザー名').fill(BENCH_USER.username);
  await page.getByLabel('パスワード').fill(BENCH_USER.password);
  const cpuBefore = snapshotCpu();
  await page.getByRole('button', { name: 'ログイン' }).click();
  await setUpPin(page);
  await page.waitForFunction(() => (window as unknown as { benchSync: { drainedAt?: number } }).benchSync.drainedAt !== undefined, undefined, { timeout: 180_000, polling: 100 });
  const cpu = cpuSince(cpuBefore);
  await assertStored(page, expected);
  // Read after the list showed every case (assertStored waits for it), so its mark is set.
  const m = await page.evaluate(() => (window as unknown as { benchSync: SyncMarks }).benchSync);
  return {
    tablet,
    totalMs: m.drainedAt - m.clickAt,
    sealedMs: m.sealedAt - m.clickAt,
    phases: {
      signIn: m.setupAt - m.clickAt, typing: m.submitAt - m.setupAt, pinSetup: m.appAt - m.submitAt,
      toSync: m.syncingAt - m.appAt, pull: m.sealedAt - m.syncingAt, drainTail: m.drainedAt - m.sealedAt,
      listShown: m.listAt - m.clickAt,
    },
    signInScripts,
    cpu,
  };
}

/**
 * Every record stored (in rows of its own or in the chunks a first sync keeps, src/db/chunks.ts; each case
 * chunk with its list rows), nothing left sealed in the inbox, the list showing all.
 */
async function assertStored(page: Page, expected: Record<string, number>): Promise<void> {
  for (const [collection, count] of Object.entries(expected)) {
    const { records, chunksWithoutIndex } = await countStoredRecords(page, collection);
    if (records !== count) throw new Error(`first sync stored ${records} ${collection}, expected ${count}`);
    if (chunksWithoutIndex > 0) throw new Error(`first sync left ${chunksWithoutIndex} chunks of cases without their list rows`);
  }
  const inbox = await countRows(page, 'inbox');
  if (inbox !== 0) throw new Error(`first sync left ${inbox} sealed pages in the inbox`);
  await assertListCount(page, expected['cases'] ?? 0);
}

/** The case list says it holds `cases` cases (the rows opened and readable, not merely stored). */
export async function assertListCount(page: Page, cases: number): Promise<void> {
  await page.waitForFunction(
    (n) => /^([\d,]+)/.exec(document.querySelector('[data-testid="case-count"]')?.textContent ?? '')?.[1]?.replace(/,/g, '') === String(n),
    cases,
    { timeout: 60_000, polling: 200 },
  ).catch(async () => {
    const text = await page.getByTestId('case-count').textContent().catch(() => null);
    throw new Error(`the case list shows "${text}", expected ${cases} cases`);
  });
}

/** Gzip bytes (zlib default level) of each built file served from `staticDir`, by URL path. */
export function gzipBytes(staticDir: string, paths: readonly string[]): { total: number; files: Array<[string, number]> } {
  const files = [...new Set(paths)].map((path): [string, number] => [path, gzipSync(readFileSync(join(staticDir, path))).length]);
  return { total: files.reduce((sum, [, bytes]) => sum + bytes, 0), files };
}
