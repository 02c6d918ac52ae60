import { existsSync } from 'node:fs';
import puppeteer, { type ElementHandle } from 'puppeteer-core';
import { describeTarget, findTarget, waitForValue, type Driver, type PageFunction, type Target } from './driver.ts';

// Debian's firefox-esr through puppeteer-core over WebDriver BiDi. puppeteer makes (and removes) a fresh profile.

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const isFirefoxInstalled = (): boolean => existsSync(FIREFOX);

const PREFS = {
  // Headless Firefox never settles navigator.storage.persist() without these: there is nobody to ask.
  'dom.storageManager.prompt.testing': true,
  'dom.storageManager.prompt.testing.allow': true,
  'intl.accept_languages': 'ja',
};

export async function openFirefox(): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: PREFS,
    defaultViewport: { width: 1024, height: 768 },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());

  const find = (target: Target) => waitForValue(async () => {
    const handle = await page.evaluateHandle(findTarget, target);
    const element = handle.asElement() as ElementHandle<Element> | null;
    if (!element) await handle.dispose();
    return element;
  }, describeTarget(target));

  async function evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
    return (await page.evaluate(fn as PageFunction<unknown, unknown>, arg as unknown)) as R;
  }

  return {
    engine: 'firefox',
    hasNetworkSwitch: true,
    async goto(url) {
      await page.goto(url);
    },
    async reload() {
      await page.reload();
    },
    async currentUrl() {
      return page.url();
    },
    async fill(target, value) {
      const element = await find(target);
      await element.evaluate((el) => {
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
      });
      await element.type(value);
    },
    async click(target) {
      await (await find(target)).click();
    },
    evaluate,
    // BiDi network emulation: Firefox then reports navigator.onLine false and fires offline/online.
    setNetworkOffline: (offline) => page.setOfflineMode(offline),
    close: () => browser.close(),
  };
}
