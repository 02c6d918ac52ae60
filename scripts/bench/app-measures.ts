import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openTablet, setUpPin, waitForServiceWorker, type Tablet } from '../../tests/e2e/browser.ts';
import { BENCH_USER } from './bench-server.ts';
import { countRows, countStoredRecords, listLoadedScripts } from './browser-measures.ts';
import { cpuSince, snapshotCpu } from './cpu-usage.ts';

// The app itself in Chromium: the first sync of a fresh profile, PIN setup included, and the first page's JS.

/** Page times of a first sync, from the click on ログイン to every record stored under the chosen PIN. */
export type FirstSyncPhases = {
  /** ログイン click → the PIN setup screen committed (the server's session answer, the setup chunk). */
  signIn: number;
  /** Setup screen → its submit: the bench typing the PIN twice (a person takes seconds). */
  typing: number;
  /** Submit → the app's header (ロック button) committed: PBKDF2, the device keys wrapped, session saved. */
  pinSetup: number;
  /** ログイン click → the first sync's start (it runs while the PIN is chosen, src/ui/session/sync-before-pin.ts). */
  toSync: number;
  /** The first sync's start → its end: every page pulled and written. */
  pull: number;
  /** The app shown → the sync's end (0 when it ended first: the app waited for nothing). */
  afterApp: number;
  /** The click on ログイン → the case list counting every case (its re-read after the first sync; not in the total). */
  listShown: number;
};

export type FirstSync = {
  tablet: Tablet;
  /** ログイン click → every record stored and the PIN set (both the sync's end and the app shown; inbox empty). */
  totalMs: number;
  /** ログイン click → the first sync's end. */
  sealedMs: number;
  phases: FirstSyncPhases;
  signInScripts: string[];
  cpu: Record<string, number>;
};

type SyncMarks = {
  clickAt: number; setupAt: number; submitAt: number; appAt: number; syncStartAt: number; syncEndAt: number;
  syncState: string; doneAt: number; listAt: number;
};

/**
 * In the page before the click on ログイン: the click, the setup screen, its submit, the app's header, and the
 * first sync's start and end (performance marks); once the app is shown and the sync has ended, the inbox of
 * sealed pages is counted every 50 ms until it is empty (it stays empty: the page writes what it pulls).
 */
function instrumentFirstSync(cases: number): void {
  const marks: Partial<SyncMarks> = {};
  (window as unknown as { benchSync: Partial<SyncMarks> }).benchSync = marks;
  const now = () => performance.now();
  window.addEventListener('click', () => (marks.clickAt ??= now()), { capture: true });
  let submits = 0;
  window.addEventListener('submit', () => (++submits === 2 ? (marks.submitAt = now()) : undefined), { capture: true });
  // Done when both held (the app shown, the sync ended) if the inbox is empty then; else when it empties.
  const countInbox = (db: IDBDatabase, isFirstCount = true) => {
    const count = db.transaction('inbox').objectStore('inbox').count();
    count.onsuccess = () => {
      if (count.result > 0) return void setTimeout(() => countInbox(db, false), 50);
      marks.doneAt = isFirstCount ? Math.max(marks.appAt!, marks.syncEndAt!) : now();
      db.close();
    };
  };
  const checkDone = () => {
    if (marks.appAt === undefined || marks.syncEndAt === undefined || marks.doneAt !== undefined) return;
    const open = indexedDB.open('tsunagu');
    open.onsuccess = () => countInbox(open.result);
  };
  const seen = new MutationObserver(() => {
    if (marks.setupAt === undefined && document.querySelector('[data-testid="pin-setup"]')) marks.setupAt = now();
    if (marks.appAt === undefined && document.querySelector('[data-testid="lock-button"]')) {
      marks.appAt = now();
      seen.disconnect();
      checkDone();
    }
  });
  seen.observe(document.body, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'tsunagu:first-sync-start') marks.syncStartAt = entry.startTime;
      if (entry.name !== 'tsunagu:first-sync-end') continue;
      marks.syncEndAt = entry.startTime;
      marks.syncState = String((entry as PerformanceMark).detail);
      checkDone();
    }
  }).observe({ type: 'mark', buffered: true });
  const listed = new MutationObserver(() => {
    const count = /^([\d,]+)/.exec(document.querySelector('[data-testid="case-count"]')?.textContent ?? '')?.[1]?.replace(/,/g, '');
    if (count !== String(cases)) return;
    marks.listAt = now();
    listed.disconnect();
  });
  listed.observe(document.body, { childList: true, subtree: true, characterData: true });
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
  await page.waitForFunction(() => (window as unknown as { benchSync: { doneAt?: number } }).benchSync.doneAt !== undefined, undefined, { timeout: 180_000, polling: 100 });
  const cpu = cpuSince(cpuBefore);
  await assertStored(page, expected);
  // Read after the list showed every case (assertStored waits for it), so its mark is set.
  const m = await page.evaluate(() => (window as unknown as { benchSync: SyncMarks }).benchSync);
  if (m.syncState !== 'idle') throw new Error(`the first sync ended ${m.syncState}, not idle`);
  return {
    tablet,
    totalMs: m.doneAt - m.clickAt,
    sealedMs: m.syncEndAt - m.clickAt,
    phases: {
      signIn: m.setupAt - m.clickAt, typing: m.submitAt - m.setupAt, pinSetup: m.appAt - m.submitAt,
      toSync: m.syncStartAt - m.clickAt, pull: m.syncEndAt - m.syncStartAt, afterApp: Math.max(0, m.syncEndAt - m.appAt),
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
