import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { build } from 'esbuild';

// Under vitest the server runs from source, and Node 20 cannot start a worker thread from TypeScript: tests that
// need the SQLite writer thread bundle its entry as scripts/build.mjs does. Inside the repository (tmp/), so the
// bundle finds better-sqlite3 in node_modules.

const root = fileURLToPath(new URL('../../../', import.meta.url));

export type WriterBundle = { entry: URL; remove(): void };

/** Bundles `source` (default: the real writer thread; a test may wrap it to inject a fault). */
export async function bundleWriterThread(source = 'server/store/sqlite-writer-thread.ts'): Promise<WriterBundle> {
  const dir = join(root, 'tmp', `writer-thread-${randomUUID().slice(0, 8)}`);
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'sqlite-writer.mjs');
  await build({
    entryPoints: [join(root, source)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', logLevel: 'warning',
  });
  return { entry: pathToFileURL(outfile), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
