import { describeTarget, findTarget, waitForValue, type Driver, type PageFunction, type Target } from './driver.ts';
import { isElementRef, WebDriverSession, type ElementRef } from './webdriver-client.ts';
import { MINIBROWSER, startWebKitProcesses } from './webkit-processes.ts';

// WebKitGTK's MiniBrowser through WebKitWebDriver (W3C WebDriver over HTTP) on a private Xvfb display.
// In automation mode MiniBrowser uses an ephemeral data store: every session is a fresh tablet.

const CAPABILITIES = {
  'webkitgtk:browserOptions': {
    binary: MINIBROWSER,
    // Without the StorageAPI features navigator.storage is missing in WebKitGTK.
    args: ['--automation', '--features=+StorageAPI,+StorageAPIEstimate'],
  },
};

type Outcome = { value: unknown } | { error: string };

export async function openWebKit(): Promise<Driver> {
  const processes = await startWebKitProcesses();
  let session: WebDriverSession;
  try {
    session = await WebDriverSession.create(processes.base, CAPABILITIES);
  } catch (error) {
    await processes.stop();
    throw error;
  }

  const find = (target: Target) => waitForValue(async () => {
    const found = await session.executeSync(`return (${findTarget.toString()})(arguments[0]);`, [target]);
    return isElementRef(found) ? found : null;
  }, describeTarget(target));

  async function evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
    const body = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn.toString()})(arguments[0]))
        .then((value) => done({ value }), (error) => done({ error: String(error) }));`;
    const outcome = (await session.executeAsync(body, [arg])) as Outcome;
    if ('error' in outcome) throw new Error(`in WebKit: ${outcome.error}`);
    return outcome.value as R;
  }

  return {
    engine: 'webkit',
    hasNetworkSwitch: false,
    goto: (url) => session.navigate(url),
    reload: () => session.refresh(),
    currentUrl: () => session.url(),
    async fill(target, value) {
      const element: ElementRef = await find(target);
      await session.clear(element);
      await session.sendKeys(element, value);
    },
    async click(target) {
      await session.click(await find(target));
    },
    evaluate,
    async setNetworkOffline() {
      throw new Error('WebKitGTK has no network switch a WebDriver client can reach; cut the link instead');
    },
    async close() {
      await session.delete().catch(() => undefined);
      await processes.stop();
    },
  };
}
