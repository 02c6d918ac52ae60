// Builds the app (vite), the service worker (esbuild + Workbox precache manifest) and the server bundle.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build as bundle } from 'esbuild';
import { build as viteBuild } from 'vite';
import { injectManifest } from 'workbox-build';
import { SERVER_WORKERS } from './lib/server-workers.mjs';
import { root } from './lib/setup.mjs';

// Build beside the live folder and swap it in at the end, so a server or test using dist/ never sees it half-built.
const live = join(root, 'dist');
const dist = join(root, `dist.build-${process.pid}`);
const started = Date.now();

await viteBuild({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
copyFileSync(join(root, 'manifest.webmanifest'), join(dist, 'manifest.webmanifest'));

const swBundle = join(root, '.tsbuild', 'sw.js');
await bundle({
  entryPoints: [join(root, 'sw', 'sw.ts')],
  outfile: swBundle,
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const { count, size, warnings } = await injectManifest({
  swSrc: swBundle,
  swDest: join(dist, 'sw.js'),
  globDirectory: dist,
  globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,woff2}'],
  globIgnores: ['sw.js'],
  // Hashed assets are unique by name; Workbox need not add its own revision to them.
  dontCacheBustURLsMatching: /^assets\//,
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
});
for (const warning of warnings) console.warn(`[build] ${warning}`);

const retired = `${live}.old-${process.pid}`;
if (existsSync(live)) renameSync(live, retired);
renameSync(dist, live);
rmSync(retired, { recursive: true, force: true });

mkdirSync(join(root, 'dist-server'), { recursive: true });
// The server and its worker threads' entries (the SQLite writer), each bundled whole, side by side.
await bundle({
  entryPoints: {
    main: join(root, 'server', 'main.ts'),
    ...Object.fromEntries(Object.entries(SERVER_WORKERS).map(([name, source]) => [name, join(root, source)])),
  },
  outdir: join(root, 'dist-server'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.10',
  packages: 'external',
  logLevel: 'warning',
});

console.log(`[build] app + service worker (${count} files precached, ${(size / 1024).toFixed(0)} KB) + server in ${Date.now() - started} ms`);
