import type { Page } from 'playwright-core';
import { TEST_PIN, type Tablet } from '../../tests/e2e/browser.ts';
import { assertListCount } from './app-measures.ts';
import { listLoadedScripts, readListVisibleMark } from './browser-measures.ts';

// The cold start of a tablet holding the records: an offline reload opens the app locked; the PIN opens the list.

export type ColdStarts = {
  /** Navigation start → the lock screen's `tsunagu:lock-visible` mark (its PIN field committed). */
  lock: number[];
  /** PIN submit (the click) → the case list's `tsunagu:list-visible` mark. */
  unlock: number[];
  /** Of each unlock: submit → the lock screen removed (PIN key derived, device keys unwrapped), then → the list. */
  unlockParts: Array<{ keys: number; list: number }>;
  /** JS requested before the lock screen's mark, and before the list's mark (lock screen included), and after. */
  lockScripts: string[];
  early: string[];
  late: string[];
};

type UnlockMarks = { submitAt: number; unlockedAt: number };

/** In the locked page: the PIN form's submit (the click's default action), and when the lock screen leaves the DOM. */
function instrumentUnlock(): void {
  const marks: Partial<UnlockMarks> = {};
  (window as unknown as { benchUnlock: Partial<UnlockMarks> }).benchUnlock = marks;
  window.addEventListener('submit', () => (marks.submitAt ??= performance.now()), { capture: true });
  const gone = new MutationObserver(() => {
    if (document.querySelector('[data-testid="lock-screen"]')) return;
    marks.unlockedAt = performance.now();
    gone.disconnect();
  });
  gone.observe(document.body, { childList: true, subtree: true });
}

async function readMark(page: Page, name: string): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: 30_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

/**
 * Offline reloads of a synced profile, each: the lock screen (time from navigation start to its mark, the PIN
 * field checked visible and enabled), then TEST_PIN typed and submitted, timed to the case list's mark with every
 * case counted. Leaves the page unlocked on the list.
 */
export async function measureColdStarts(tablet: Tablet, runs: number, cases: number): Promise<ColdStarts> {
  const { page, context } = tablet;
  await context.setOffline(true);
  const result: ColdStarts = { lock: [], unlock: [], unlockParts: [], lockScripts: [], early: [], late: [] };
  for (let i = 0; i < runs; i++) {
    await page.reload();
    const lockAt = await readMark(page, 'tsunagu:lock-visible');
    const lock = page.getByTestId('lock-screen');
    const pin = lock.getByLabel('PIN', { exact: true });
    if (!(await pin.isVisible()) || !(await pin.isEnabled())) throw new Error('the lock screen marked itself visible without a usable PIN field');
    result.lock.push(lockAt);
    await page.evaluate(instrumentUnlock);
    await pin.fill(TEST_PIN);
    await lock.locator('button[type="submit"]').click();
    const listAt = await readListVisibleMark(page);
    const marks = await page.evaluate(() => (window as unknown as { benchUnlock: UnlockMarks }).benchUnlock);
    await assertListCount(page, cases);
    result.unlock.push(listAt - marks.submitAt);
    result.unlockParts.push({ keys: marks.unlockedAt - marks.submitAt, list: listAt - marks.unlockedAt });
    // Lazy chunks requested after the list was on screen; then the next reload.
    await page.waitForTimeout(1500);
    ({ early: result.early, late: result.late } = await listLoadedScripts(page, listAt));
    result.lockScripts = (await listLoadedScripts(page, lockAt)).early;
  }
  return result;
}

export type UnlockCosts = { pbkdf2Ms: number[]; iterations: number; readCaseRowsMs: number[]; caseRows: number; chunks: number };

/**
 * What an unlock is made of, measured alone in the same page: PBKDF2-SHA-256 with the vault's own iteration
 * count (a throwaway salt), and a raw read of the sealed case-list rows, in rows of their own and in the chunks a
 * first sync keeps (reading without opening).
 */
export async function measureUnlockCosts(page: Page, runs = 3): Promise<UnlockCosts> {
  return page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tsunagu');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const vault = await request(db.transaction('vault').objectStore('vault').get('device')) as { kdf: { iterations: number } };
    const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('428571'), 'PBKDF2', false, ['deriveBits']);
    const pbkdf2Ms: number[] = [];
    const readCaseRowsMs: number[] = [];
    let caseRows = 0;
    let chunks = 0;
    for (let i = 0; i < n; i++) {
      let started = performance.now();
      const salt = crypto.getRandomValues(new Uint8Array(16));
      await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: vault.kdf.iterations }, material, 256);
      pbkdf2Ms.push(performance.now() - started);
      started = performance.now();
      const tx = db.transaction(['caseIndex', 'chunks', 'chunkBodies']);
      const [own, headers] = await Promise.all([request(tx.objectStore('caseIndex').getAll()), request(tx.objectStore('chunks').getAll())]);
      const caseChunks = (headers as { id: string; collection: string }[]).filter((chunk) => chunk.collection === 'cases');
      await Promise.all(caseChunks.map((chunk) => request(tx.objectStore('chunkBodies').get([chunk.id, 'index']))));
      readCaseRowsMs.push(performance.now() - started);
      caseRows = own.length;
      chunks = caseChunks.length;
    }
    db.close();
    return { pbkdf2Ms, iterations: vault.kdf.iterations, readCaseRowsMs, caseRows, chunks };
  }, runs);
}
