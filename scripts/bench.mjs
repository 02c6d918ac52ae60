// `npm run bench`: measure against the budgets in DESIGN.md and write docs/benchmarks.{md,json}.
// The measuring code is TypeScript (it reuses the server and the demo-data generators).
import { runTypeScript } from './lib/run-typescript.mjs';
import { CHROMIUM, ensureBuilt, ensureChromium, ensureDependencies } from './lib/setup.mjs';

ensureDependencies();
ensureChromium();
ensureBuilt();

await runTypeScript('scripts/bench/run.ts', '.bench/run.mjs', {
  args: process.argv.slice(2),
  env: { ...process.env, CHROMIUM_PATH: CHROMIUM },
});
