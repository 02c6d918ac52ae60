// `node scripts/screenshot.mjs`: the case view screenshot in docs/, made in headless Chromium with fictitious data.
import { runTypeScript } from './lib/run-typescript.mjs';
import { CHROMIUM, ensureBuilt, ensureChromium, ensureDependencies } from './lib/setup.mjs';

ensureDependencies();
ensureChromium();
ensureBuilt();

await runTypeScript('scripts/screenshot/case-view.ts', '.tsbuild/screenshot.mjs', {
  env: { ...process.env, CHROMIUM_PATH: CHROMIUM },
});
