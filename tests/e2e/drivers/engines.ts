import { existsSync } from 'node:fs';
import { CHROMIUM } from '../browser.ts';
import { openChromium } from './chromium-driver.ts';
import type { Driver, EngineName } from './driver.ts';
import { isFirefoxInstalled, openFirefox } from './firefox-driver.ts';
import { openWebKit } from './webkit-driver.ts';
import { isWebKitInstalled } from './webkit-processes.ts';

// Every engine a coordinator's tablet may run, with the Debian packages it needs (scripts/test.mjs installs them).

export type Engine = {
  name: EngineName;
  /** Debian packages that provide the engine here. */
  packages: string[];
  isInstalled(): boolean;
  open(): Promise<Driver>;
};

export const ENGINES: Record<EngineName, Engine> = {
  chromium: { name: 'chromium', packages: ['chromium'], isInstalled: () => existsSync(CHROMIUM), open: openChromium },
  webkit: { name: 'webkit', packages: ['webkit2gtk-driver', 'xvfb', 'xauth'], isInstalled: isWebKitInstalled, open: openWebKit },
  firefox: { name: 'firefox', packages: ['firefox-esr'], isInstalled: isFirefoxInstalled, open: openFirefox },
};

/** Opens a fresh tablet in the engine, or fails saying exactly what to install. */
export async function openEngine(engine: Engine): Promise<Driver> {
  if (!engine.isInstalled()) {
    throw new Error(`${engine.name} is not installed: apt-get install -y --no-install-recommends ${engine.packages.join(' ')} (npm test does this when run as root)`);
  }
  return engine.open();
}
