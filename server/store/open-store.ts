import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PgStore } from './pg-store.ts';
import { SqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

export type OpenedStore = {
  store: Store;
  /** For the banner and logs: which store, and where — never a password. */
  label: string;
  /** The SQLite file, or null on PostgreSQL. */
  databasePath: string | null;
};

/** `postgres://user@host:5432/db` shown without its password or options. */
export function describeDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `PostgreSQL ${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/**
 * PostgreSQL when a `databaseUrl` is given (DATABASE_URL), otherwise the SQLite file under `dataDir`, with group
 * commit when `groupCommit`, and pushes written by a writer thread when given its entry (a server: see SqliteStore).
 */
export async function openStore(options: {
  databaseUrl?: string | undefined; dataDir: string; groupCommit?: boolean; writerThread?: URL | null;
}): Promise<OpenedStore> {
  if (options.databaseUrl) {
    return { store: await PgStore.open(options.databaseUrl), label: describeDatabaseUrl(options.databaseUrl), databasePath: null };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const databasePath = join(options.dataDir, 'tsunagu.sqlite');
  const store = new SqliteStore(databasePath, { groupCommit: options.groupCommit ?? false, writerThread: options.writerThread ?? null });
  return { store, label: `SQLite ${databasePath}`, databasePath };
}
