// `node scripts/screenshot.mjs`: the case view screenshot in docs/, made in headless Chromium with fictitious data.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CHROMIUM, ensureBuilt, ensureChromium, ensureDependencies, root } from './lib/setup.mjs';

ensureDependencies();
ensureChromium();
ensureBuilt();

const outfile = join(root, '.tsbuild', 'screenshot.mjs');
await build({
  entryPoints: [join(root, 'scripts', 'screenshot', 'case-view.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  plugins: [
    {
      // Node 20 will not import a package's JSON data without an attribute, so it is bundled.
      name: 'bundle-package-json',
      setup(pluginBuild) {
        const require = createRequire(join(root, 'package.json'));
        pluginBuild.onResolve({ filter: /^[^./].*\.json$/ }, (args) => ({ path: require.resolve(args.path) }));
      },
    },
  ],
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: CHROMIUM } });
process.exit(result.status ?? 1);
