import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { openTablet } from '../../tests/e2e/browser.ts';

// The peer a coordinator's office might pick instead: PouchDB in the same Chromium replicating the same
// records from express-pouchdb (PouchDB on Node, in-memory adapter) over loopback, all with default settings.

const require = createRequire(import.meta.url);
const DB_NAME = 'tsunagu';

type PouchStatic = {
  plugin(plugin: unknown): PouchStatic;
  defaults(options: Record<string, unknown>): PouchStatic;
  new (name: string): { bulkDocs(docs: unknown[]): Promise<unknown[]>; info(): Promise<{ doc_count: number }> };
};

export type PouchPeer = { url: string; close(): Promise<void> };

async function bundlePouchBrowser(): Promise<string> {
  const result = await build({
    stdin: { contents: "window.PouchDB = require('pouchdb-browser').default ?? require('pouchdb-browser');", resolveDir: process.cwd() },
    bundle: true, format: 'iife', platform: 'browser', write: false, minify: true, logLevel: 'warning',
    define: { global: 'window' },
  });
  return result.outputFiles[0]!.text;
}

/** Starts express-pouchdb on loopback holding `records` (each stored as a document with `_id` = id). */
export async function startPouchPeer(records: ReadonlyArray<{ id: string }>): Promise<PouchPeer> {
  const PouchDB = (require('pouchdb-core') as PouchStatic)
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-replication'));
  const MemoryPouch = PouchDB.defaults({ adapter: 'memory' });
  type Handler = (req: IncomingMessage, res: ServerResponse) => void;
  const expressPouch = require('express-pouchdb') as (db: PouchStatic, options: Record<string, unknown>) => Handler;
  const db = new MemoryPouch(DB_NAME);
  for (let i = 0; i < records.length; i += 1000) {
    await db.bulkDocs(records.slice(i, i + 1000).map((record) => ({ _id: record.id, ...record })));
  }
  const script = await bundlePouchBrowser();
  const couch = expressPouch(MemoryPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' });
  const page = '<!doctype html><meta charset="utf-8"><title>PouchDB peer</title><script src="/pouchdb.js"></script>';
  const server = createServer((req, res) => {
    if (req.url === '/bench.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (req.url === '/pouchdb.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    if (!req.url?.startsWith('/db/')) return void res.writeHead(404).end();
    req.url = req.url.slice('/db'.length);
    couch(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One replication into a fresh Chromium profile; milliseconds from start to `complete`. */
export async function measurePouchReplication(peer: PouchPeer, expected: number): Promise<number> {
  const tablet = await openTablet();
  try {
    await tablet.page.goto(`${peer.url}/bench.html`);
    const { ms, docs } = await tablet.page.evaluate(async (remote) => {
      type Db = { info(): Promise<{ doc_count: number }> };
      const Pouch = (window as unknown as { PouchDB: { new (name: string): Db; replicate(from: string, to: Db): Promise<unknown> } }).PouchDB;
      const local = new Pouch('tsunagu-peer');
      const started = performance.now();
      await Pouch.replicate(remote, local);
      const ms = performance.now() - started;
      return { ms, docs: (await local.info()).doc_count };
    }, `${peer.url}/db/${DB_NAME}`);
    if (docs !== expected) throw new Error(`PouchDB replicated ${docs} documents, expected ${expected}`);
    return ms;
  } finally {
    await tablet.close();
  }
}
