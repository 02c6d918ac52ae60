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

export async function signIn(page: Page, username: string, password = 'tsunagu-demo'): Promise<void> {
  await page.getByLabel('ユーザー名').fill(username);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
}
