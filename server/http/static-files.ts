import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

const NO_CACHE = new Set(['/index.html', '/sw.js', '/manifest.webmanifest']);

function cacheControlFor(path: string): string {
  // Hashed build output never changes under its name; the shell and the service worker must revalidate.
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (NO_CACHE.has(path)) return 'no-cache';
  return 'public, max-age=3600';
}

/** A navigation (a page load, not a script or image) gets the app shell when no file matches. */
function isNavigation(c: Context, path: string): boolean {
  const accept = c.req.header('Accept') ?? '';
  return extname(path) === '' || accept.includes('text/html');
}

async function readFileIfAny(file: string): Promise<Buffer | null> {
  try {
    return (await stat(file)).isFile() ? await readFile(file) : null;
  } catch {
    return null;
  }
}

function send(c: Context, body: Buffer, path: string): Response {
  c.header('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
  c.header('Cache-Control', cacheControlFor(path));
  c.header('X-Content-Type-Options', 'nosniff');
  return c.body(new Uint8Array(body));
}

/** Serves the built app from `dir`, with SPA fallback to index.html for navigations. */
export function serveApp(dir: string): MiddlewareHandler {
  const root = resolve(dir);
  return async (c) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text('Bad Request', 400);
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(join(root, path));
    const body = file.startsWith(root + sep) ? await readFileIfAny(file) : null;
    if (body) return send(c, body, path);
    if (!isNavigation(c, path)) return c.text('Not Found', 404);
    const shell = await readFileIfAny(join(root, 'index.html'));
    return shell ? send(c, shell, '/index.html') : c.text('アプリがビルドされていません (npm run build)', 404);
  };
}
