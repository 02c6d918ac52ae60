import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../../../server/store/open-store.ts';
import type { Store } from '../../../server/store/store.ts';

/** A fresh, empty database of one kind; every store opened on it is closed by `drop`. */
export type TestDatabase = {
  /** How a server finds it: `{ dataDir }` for SQLite, `{ databaseUrl }` for PostgreSQL. */
  location: { dataDir: string; databaseUrl?: string };
  /** The same, as environment for `node dist-server/main.mjs`. */
  env: Record<string, string>;
  /** Another connection to the same database, as a second server process would have. */
  open(): Promise<Store>;
  drop(): Promise<void>;
};

export type StoreKind = {
  name: 'SQLite' | 'PostgreSQL';
  /** Why this kind cannot run here, or null. */
  skipReason: string | null;
  create(): Promise<TestDatabase>;
};

const pgUrl = process.env.TEST_DATABASE_URL;

function withSearchPath(url: string, schema: string): string {
  const separator = url.includes('?') ? '&' : '?';
  return `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

async function createDatabase(location: TestDatabase['location'], env: Record<string, string>, remove: () => Promise<void>): Promise<TestDatabase> {
  const opened: Store[] = [];
  return {
    location,
    env,
    async open() {
      const { store } = await openStore(location);
      opened.push(store);
      return store;
    },
    async drop() {
      await Promise.all(opened.map((store) => store.close()));
      await remove();
    },
  };
}

const sqlite: StoreKind = {
  name: 'SQLite',
  skipReason: null,
  create() {
    const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-store-'));
    return createDatabase({ dataDir }, { TSUNAGU_DATA_DIR: dataDir }, async () => rmSync(dataDir, { recursive: true, force: true }));
  },
};

/** Each PostgreSQL test database is a schema of its own in the throwaway cluster, dropped afterwards. */
const postgres: StoreKind = {
  name: 'PostgreSQL',
  skipReason: pgUrl ? null : 'TEST_DATABASE_URL is not set; `npm test` starts a throwaway PostgreSQL and sets it',
  async create() {
    const schema = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const databaseUrl = withSearchPath(pgUrl!, schema);
    const dataDir = join(tmpdir(), 'tsunagu-unused');
    return createDatabase({ dataDir, databaseUrl }, { DATABASE_URL: databaseUrl }, async () => {
      const dropper = new pg.Client({ connectionString: pgUrl });
      await dropper.connect();
      await dropper.query(`DROP SCHEMA ${schema} CASCADE`);
      await dropper.end();
    });
  },
};

export const STORE_KINDS: readonly StoreKind[] = [sqlite, postgres];

/** The title of a describe that runs on `kind`, saying so when it is skipped and why. */
export function titleFor(title: string, kind: StoreKind): string {
  return kind.skipReason ? `${title} on ${kind.name} (skipped: ${kind.skipReason})` : `${title} on ${kind.name}`;
}
