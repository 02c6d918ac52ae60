import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags from this machine's notes: without the background-networking ones Chromium floods the closed network.
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export type Tablet = { context: BrowserContext; page: Page; close(): Promise<void> };

/**
 * A fresh Chromium profile, as a new tablet. A persistent context, because Chromium calls every incognito
 * context uninstallable.
 */
export async function openTablet(): Promise<Tablet> {
  const profile = mkdtempSync(join(tmpdir(), 'tsunagu-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1024, height: 768 },
    locale: 'ja-JP',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the service worker controls the page (it claims clients on first activation). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
}

/** The PIN every e2e journey sets at sign-in (six digits, neither a repeat nor a run: a valid PIN). */
export const TEST_PIN = '428571';

/**
 * Signs in and, on a tablet without a PIN yet, sets TEST_PIN on the setup screen that follows. On a tablet that
 * kept this person's locked records it unlocks them with TEST_PIN instead.
 */
export async function signIn(page: Page, username: string, password = 'tsunagu-demo'): Promise<void> {
  await page.getByLabel('ユーザー名').fill(username);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  const setup = page.getByTestId('pin-setup');
  const lock = page.getByTestId('lock-screen');
  await setup.or(lock).first().waitFor({ timeout: 30_000 });
  if (await lock.isVisible()) await unlockApp(page);
  else await setUpPin(page);
}

/** Fills the PIN setup screen with `pin` twice and waits for the app. */
export async function setUpPin(page: Page, pin = TEST_PIN): Promise<void> {
  const setup = page.getByTestId('pin-setup');
  await setup.getByLabel('新しいPIN', { exact: true }).fill(pin);
  await setup.getByLabel('新しいPIN（確認）', { exact: true }).fill(pin);
  await setup.getByRole('button', { name: 'PINを設定して始める' }).click();
  await page.getByTestId('lock-button').waitFor({ timeout: 30_000 });
}

/** Locks with the header's ロック button and waits for the lock screen. */
export async function lockApp(page: Page): Promise<void> {
  await page.getByTestId('lock-button').click();
  await page.getByTestId('lock-screen').waitFor();
}

/** Unlocks the lock screen (after lockApp, a reload or an auto-lock) and waits for the app. */
export async function unlockApp(page: Page, pin = TEST_PIN): Promise<void> {
  const lock = page.getByTestId('lock-screen');
  await lock.getByLabel('PIN', { exact: true }).fill(pin);
  // The submit button by its type: the lock screen may be in English (a stored language choice).
  await lock.locator('button[type="submit"]').click();
  await page.getByTestId('lock-button').waitFor({ timeout: 30_000 });
}

/** Reloads (a cold start: the app opens locked) and unlocks. */
export async function reloadUnlocked(page: Page, pin = TEST_PIN): Promise<void> {
  await page.reload();
  await unlockApp(page, pin);
}
