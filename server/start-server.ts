import type { Server } from 'node:http';
import { Server as NetServer, type AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, type AppOptions } from './app.ts';
import { loadSealKey } from './keys/seal-key.ts';
import { seedDemo, type DemoSize } from './seed/seed-demo.ts';
import { openStore } from './store/open-store.ts';
import { locateWriterThread } from './store/sqlite-writer.ts';
import type { Store } from './store/store.ts';
import { SERVER_VERSION } from './version.ts';

export type StartOptions = {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Directory of the SQLite file `tsunagu.sqlite`; ignored when `store` or `databaseUrl` is given. */
  dataDir?: string;
  /** `postgres://…` (DATABASE_URL): use PostgreSQL instead of SQLite; ignored when `store` is given. */
  databaseUrl?: string;
  /** Seed demo data into an empty database: true for the full set, or chosen sizes. */
  demo?: boolean | DemoSize;
  staticDir?: string;
  store?: Store;
  now?: () => Date;
  version?: string;
  /** HSTS, extra allowed origins, trusting X-Forwarded-For (see security-headers.ts). */
  security?: AppOptions['security'];
};

export type RunningServer = {
  url: string;
  store: Store;
  databasePath: string | null;
  /** Which store and where, for the banner: `SQLite data/tsunagu.sqlite`, `PostgreSQL host:5432/db`. */
  storeLabel: string;
  /** Whether this start seeded the demo data. */
  seeded: boolean;
  close(): Promise<void>;
};

const SHUTDOWN_GRACE_MS = 10_000;
/** How long a shutdown lets requests already sent on open connections be read before closing idle ones. */
const UNREAD_REQUESTS_MS = 20;

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const { port = 8080, host = '127.0.0.1', dataDir = 'data', demo = true, staticDir = 'dist', now, version = SERVER_VERSION } = options;
  const opened = options.store
    ? { store: options.store, label: '(external store)', databasePath: null }
    : await openStore({
      databaseUrl: options.databaseUrl, dataDir, groupCommit: true, writerThread: options.databaseUrl ? null : locateWriterThread(),
    });
  const { store, databasePath, label: storeLabel } = opened;
  const seeded = demo !== false && (await store.isEmpty());
  if (seeded) await seedDemo(store, demo === true ? {} : demo);

  // Generated and stored on first start; every later start (and every server on the same database) reads it back.
  const sealKey = await loadSealKey(store);
  const app = createApp({ store, sealKey, version, staticDir, ...(now ? { now } : {}), ...(options.security ? { security: options.security } : {}) });
  const server = await new Promise<ReturnType<typeof serve>>((resolveServer) => {
    const started = serve({ fetch: app.fetch, port, hostname: host }, () => resolveServer(started));
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // Stop accepting, let in-flight requests finish, then close the database.
      const http = server as Partial<Pick<Server, 'closeIdleConnections' | 'closeAllConnections'>>;
      const force = setTimeout(() => http.closeAllConnections?.(), SHUTDOWN_GRACE_MS);
      // net's close, not http's: http's also drops at once every keep-alive connection with no request being
      // handled — including those whose next request has arrived but is still unread (the event loop was busy).
      const closed = new Promise<void>((done) => NetServer.prototype.close.call(server, () => done()));
      // One turn of the event loop reads and starts those requests; only then are idle connections closed.
      await new Promise((resolve) => setTimeout(resolve, UNREAD_REQUESTS_MS));
      // Not once but until closed: a keep-alive connection whose request finishes after this point turns
      // idle and would otherwise hold the shutdown open until its keep-alive timeout (seconds).
      http.closeIdleConnections?.();
      const sweep = setInterval(() => http.closeIdleConnections?.(), 50);
      await closed;
      clearInterval(sweep);
      clearTimeout(force);
      await store.close();
    })());

  return { url: `http://${shownHost}:${address.port}`, store, databasePath, storeLabel, seeded, close };
}
