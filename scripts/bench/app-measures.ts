import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openTablet, waitForServiceWorker, type Tablet } from '../../tests/e2e/browser.ts';
import { BENCH_USER } from './bench-server.ts';
import { countRows, listLoadedScripts, readListVisibleMark } from './browser-measures.ts';
import { cpuSince, snapshotCpu } from './cpu-usage.ts';

// The app itself in Chromium: first sync into a fresh profile, offline cold start, and the first page's JS.

export type FirstSync = { tablet: Tablet; totalMs: number; signInMs: number; signInScripts: string[]; cpu: Record<string, number> };

/**
 * Opens the app in a fresh profile, waits for the service worker, signs in and times the click on ログイン to
 * the service worker's first `idle` status after it (sync finished: every page written, cursor saved).
 */
export async function measureFirstSync(url: string, expected: Record<string, number>): Promise<FirstSync> {
  const tablet = await openTablet();
  const { page } = tablet;
  await page.goto(url);
  await page.getByRole('button', { name: 'ログイン' }).waitFor();
  const { early: signInScripts } = await listLoadedScripts(page, Number.POSITIVE_INFINITY);
  await waitForServiceWorker(page);
  await page.evaluate(() => {
    const marks = window as unknown as Record<string, number | undefined>;
    window.addEventListener('click', () => (marks.benchClickAt ??= performance.now()), { capture: true });
    navigator.serviceWorker.addEventListener('message', (event) => {
      const status = (event.data as { status?: { state: string; lastSuccessAt: string | null } } | null)?.status;
      if (marks.benchClickAt === undefined || !status) return;
      if (status.state === 'syncing') marks.benchSyncingAt ??= performance.now();
      if (status.state === 'idle' && status.lastSuccessAt) marks.benchSyncedAt ??= performance.now();
    });
  });
  await page.getByLabel('ユーザー名').fill(BENCH_USER.username);
  await page.getByLabel('パスワード').fill(BENCH_USER.password);
  const cpuBefore = snapshotCpu();
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.waitForFunction(() => 'benchSyncedAt' in window, undefined, { timeout: 120_000, polling: 100 });
  const cpu = cpuSince(cpuBefore);
  const times = await page.evaluate(() => {
    const marks = window as unknown as Record<string, number>;
    return { click: marks.benchClickAt!, syncing: marks.benchSyncingAt ?? marks.benchClickAt!, synced: marks.benchSyncedAt! };
  });
  for (const [table, count] of Object.entries(expected)) {
    const stored = await countRows(page, table);
    if (stored !== count) throw new Error(`first sync stored ${stored} ${table}, expected ${count}`);
  }
  return { tablet, totalMs: times.synced - times.click, signInMs: times.syncing - times.click, signInScripts, cpu };
}

/** Offline reloads of a synced profile: page time of the `tsunagu:list-visible` mark, and the JS loaded by then. */
export async function measureColdStarts(tablet: Tablet, runs: number): Promise<{ times: number[]; early: string[]; late: string[] }> {
  const { page, context } = tablet;
  await context.setOffline(true);
  const times: number[] = [];
  let scripts = { early: [] as string[], late: [] as string[] };
  for (let i = 0; i < runs; i++) {
    await page.reload();
    const visibleAt = await readListVisibleMark(page);
    await assertRowsShown(page);
    times.push(visibleAt);
    await page.waitForTimeout(1500);
    scripts = await listLoadedScripts(page, visibleAt);
  }
  return { times, ...scripts };
}

async function assertRowsShown(page: Page): Promise<void> {
  const rows = await page.getByTestId('case-row').count();
  if (rows === 0) throw new Error('the case list showed no rows after the cold start');
}

/** Gzip bytes (zlib default level) of each built file served from `staticDir`, by URL path. */
export function gzipBytes(staticDir: string, paths: readonly string[]): { total: number; files: Array<[string, number]> } {
  const files = [...new Set(paths)].map((path): [string, number] => [path, gzipSync(readFileSync(join(staticDir, path))).length]);
  return { total: files.reduce((sum, [, bytes]) => sum + bytes, 0), files };
}
