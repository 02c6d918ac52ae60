import type { Page } from 'playwright-core';
import { TEST_PIN } from '../../tests/e2e/browser.ts';
import { assertListCount } from './app-measures.ts';
import { readListVisibleMark } from './browser-measures.ts';

// disaster_list_10k_ms in the app: an unlocked tablet holding 10,000 cases, one open event on one municipality,
// from the tap on 災害モード in the header to the event list's `tsunagu:disaster-list-visible` mark (its layout
// effect, once its first rows are in the DOM).

const MARK = 'tsunagu:disaster-list-visible';

export type DisasterVisits = {
  /** Tap → mark, each a fresh visit from the case list (the screen mounted anew). */
  warm: number[];
  /** The same, as the first screen after an offline cold start and unlock (the working set still warming). */
  afterUnlock: number[];
  /** Cards' list (power-dependent children, the screen's default) and everyone of the area, as the screen says. */
  listed: number;
  everyone: number;
};

/** Starts an event as a coordinator does, offline: 災害モード, the area ticked, the outage 30 hours ago, 開始する. */
export async function startEventInApp(page: Page, areaName: string): Promise<void> {
  await page.getByTestId('disaster-mode').click();
  const choice = page.getByTestId('area-choice').filter({ hasText: areaName });
  await choice.locator('input').check();
  const since = new Date(Date.now() - 30 * 3_600_000 - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await page.getByLabel('停電の開始時刻').fill(since);
  await page.getByRole('button', { name: '開始する' }).click();
  await page.getByTestId('disaster-row').first().waitFor({ timeout: 30_000 });
}

/** Taps 災害モード and returns ms from the tap to the next disaster-list mark, and how many the list holds. */
async function visitList(page: Page): Promise<{ ms: number; listed: number; everyone: number }> {
  const before = await page.evaluate((mark) => {
    const bench = window as unknown as { benchTapAt?: number };
    delete bench.benchTapAt;
    document.querySelector('[data-testid="disaster-mode"]')!.addEventListener('click', () => (bench.benchTapAt = performance.now()), { capture: true, once: true });
    return performance.getEntriesByName(mark).length;
  }, MARK);
  await page.getByTestId('disaster-mode').click();
  await page.waitForFunction(({ mark, n }) => performance.getEntriesByName(mark).length > n, { mark: MARK, n: before }, { timeout: 30_000 });
  const visit = await page.evaluate((mark) => {
    const entry = performance.getEntriesByName(mark).at(-1) as PerformanceMark;
    return { ms: entry.startTime - (window as unknown as { benchTapAt: number }).benchTapAt, listed: (entry.detail as { listed: number }).listed };
  }, MARK);
  if ((await page.getByTestId('disaster-row').count()) === 0) throw new Error('the disaster list showed no rows');
  const counts = /(\d+)\D+(\d+)/.exec((await page.getByTestId('power-count').textContent()) ?? '');
  return { ...visit, everyone: Number(counts?.[2] ?? Number.NaN) };
}

async function backToCaseList(page: Page): Promise<void> {
  await page.evaluate(() => (location.hash = '#/'));
  await page.getByTestId('case-row').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1000);
}

/** `runs` visits from the case list of an unlocked page, then `coldRuns` visits right after reload and unlock. */
export async function measureDisasterVisits(page: Page, runs: number, coldRuns: number, cases: number): Promise<DisasterVisits> {
  const result: DisasterVisits = { warm: [], afterUnlock: [], listed: 0, everyone: 0 };
  for (let i = 0; i < runs; i++) {
    await backToCaseList(page);
    const visit = await visitList(page);
    result.warm.push(visit.ms);
    result.listed = visit.listed;
    result.everyone = visit.everyone;
  }
  for (let i = 0; i < coldRuns; i++) {
    await backToCaseList(page);
    await page.reload();
    const lock = page.getByTestId('lock-screen');
    await lock.getByLabel('PIN', { exact: true }).fill(TEST_PIN);
    await lock.locator('button[type="submit"]').click();
    await readListVisibleMark(page);
    await assertListCount(page, cases);
    result.afterUnlock.push((await visitList(page)).ms);
  }
  return result;
}
