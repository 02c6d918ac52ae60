import type { ElementHandle } from 'playwright-core';
import { openTablet } from '../browser.ts';
import { describeTarget, findTarget, waitForValue, type Driver, type PageFunction, type Target } from './driver.ts';

// Debian's Chromium through playwright-core, in a fresh persistent profile (see ../browser.ts).

export async function openChromium(): Promise<Driver> {
  const { context, page, close } = await openTablet();

  const find = (target: Target) => waitForValue(async () => {
    const handle = await page.evaluateHandle(findTarget, target);
    return (handle.asElement() as ElementHandle<Element> | null) ?? null;
  }, describeTarget(target));

  async function evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
    return (await page.evaluate(fn as PageFunction<unknown, unknown>, arg as unknown)) as R;
  }

  return {
    engine: 'chromium',
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
      await (await find(target)).fill(value);
    },
    async click(target) {
      await (await find(target)).click();
    },
    evaluate,
    setNetworkOffline: (offline) => context.setOffline(offline),
    close,
  };
}
