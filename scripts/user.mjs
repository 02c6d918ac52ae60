// `npm run user -- add|disable|enable|reset|areas|list|verify-audit …`: account administration from the shell,
// against the configured store (DATABASE_URL, else data/tsunagu.sqlite). The TypeScript entry is bundled
// with esbuild first, as the bench does.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = join(root, 'node_modules', '.cache', 'tsunagu', 'user-cli.mjs');
await build({
  entryPoints: [join(root, 'server', 'cli', 'user-main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
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
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: process.cwd(), stdio: 'inherit' });
process.exit(result.status ?? 1);
