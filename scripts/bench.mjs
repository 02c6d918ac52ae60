// `npm run bench`: measure against the budgets in DESIGN.md and write docs/benchmarks.{md,json}.
// The measuring code is TypeScript (it reuses the server and the demo-data generators), bundled here first.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CHROMIUM, ensureBuilt, ensureChromium, ensureDependencies, root } from './lib/setup.mjs';

ensureDependencies();
ensureChromium();
ensureBuilt();

const outfile = join(root, '.bench', 'run.mjs');
await build({
  entryPoints: [join(root, 'scripts', 'bench', 'run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: CHROMIUM },
});
process.exit(result.status ?? 1);
