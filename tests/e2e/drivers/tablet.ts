import type { Driver, Target } from './driver.ts';
import { countTestIds, textOfTestId, waitForValue } from './driver.ts';
import { openEngine, type Engine } from './engines.ts';
import { openLink, type Link } from './link.ts';
import { TEST_PIN } from '../browser.ts';
import { storedCaseIdsInPage } from '../raw-indexeddb.ts';

// A tablet in a journey: one engine with a fresh profile, behind its own network link to the server.

export type Tablet = {
  driver: Driver;
  link: Link;
  /** Cuts the link and, where the engine has one, flips its network switch (which fires `offline`). */
  goOffline(): Promise<void>;
  goOnline(): Promise<void>;
  count(testId: string): Promise<number>;
  text(testId: string): Promise<string>;
  close(): Promise<void>;
};

export async function openTabletIn(engine: Engine, serverUrl: string): Promise<Tablet> {
  const link = await openLink(serverUrl);
  const driver = await openEngine(engine).catch(async (error: unknown) => {
    await link.close();
    throw error;
  });
  return {
    driver,
    link,
    async goOffline() {
      link.cut();
      if (driver.hasNetworkSwitch) await driver.setNetworkOffline(true);
    },
    async goOnline() {
      link.restore();
      if (driver.hasNetworkSwitch) await driver.setNetworkOffline(false);
    },
    count: (testId) => countTestIds(driver, testId),
    text: (testId) => textOfTestId(driver, testId),
    async close() {
      await driver.close().finally(() => link.close());
    },
  };
}

/** Signs in, then sets TEST_PIN on the PIN setup screen a fresh tablet shows next. */
export async function signIn(driver: Driver, username: string, password = 'tsunagu-demo'): Promise<void> {
  await driver.fill({ label: 'ユーザー名' }, username);
  await driver.fill({ label: 'パスワード' }, password);
  await driver.click({ role: 'button', name: 'ログイン' } satisfies Target);
  await driver.fill({ label: '新しいPIN' }, TEST_PIN);
  await driver.fill({ label: '新しいPIN（確認）' }, TEST_PIN);
  await driver.click({ role: 'button', name: 'PINを設定して始める' });
  await waitForAppUnlocked(driver);
}

/** Unlocks the lock screen a reload (a cold start) shows. */
export async function unlock(driver: Driver, pin = TEST_PIN): Promise<void> {
  await driver.fill({ label: 'PIN' }, pin);
  await driver.click({ role: 'button', name: 'ロック解除' });
  await waitForAppUnlocked(driver);
}

/** The header's ロック button is there only while the app is unlocked. */
const waitForAppUnlocked = (driver: Driver) =>
  waitForValue(async () => ((await countTestIds(driver, 'lock-button')) > 0 ? true : null), 'the unlocked app', 60_000);

export const hasController = (driver: Driver): Promise<boolean> =>
  driver.evaluate(() => navigator.serviceWorker?.controller != null, undefined);

export const hasSyncManager = (driver: Driver): Promise<boolean> =>
  driver.evaluate(() => 'SyncManager' in globalThis, undefined);

/** How many cases the tablet holds in IndexedDB. */
export const countStoredCases = async (driver: Driver): Promise<number> => (await driver.evaluate(storedCaseIdsInPage, undefined)).length;

/** The case id of the current `#/cases/:id` route. */
export async function currentCaseId(driver: Driver): Promise<string> {
  const match = /#\/cases\/([\w-]+)/.exec(await driver.currentUrl());
  if (!match) throw new Error(`not on a case: ${await driver.currentUrl()}`);
  return match[1]!;
}

/** Opens a case's editor, replaces its メモ and saves. */
export async function editNote(driver: Driver, note: string): Promise<void> {
  await driver.click({ role: 'link', name: '編集' });
  await driver.fill({ label: 'メモ' }, note);
  await driver.click({ role: 'button', name: '保存' });
}
