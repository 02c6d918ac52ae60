import type pg from 'pg';
import { runTransaction } from './pg-transaction.ts';
import { PG_ACCESS_DDL } from './pg-access-schema.ts';
import { PG_SERVER_KEYS_DDL } from './pg-server-keys.ts';

const SCHEMA_VERSION = 5;

// The same tables as SQLite (see sqlite-schema.ts), with JSONB for records and stamps. records.seq is the
// global change sequence; it is allocated as max(seq) + 1 under the write lock (see pg-transaction.ts), never
// from a PostgreSQL SEQUENCE, whose values can commit out of order.
const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  areas JSONB NOT NULL,
  password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  expires_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_expiry ON sessions(expires_at);
CREATE TABLE IF NOT EXISTS records (
  collection TEXT NOT NULL,
  id TEXT NOT NULL,
  seq BIGINT NOT NULL UNIQUE,
  deleted BOOLEAN NOT NULL,
  updated_at TEXT NOT NULL,
  scope_case TEXT,
  scope_code TEXT,
  data JSONB NOT NULL,
  stamps JSONB NOT NULL,
  PRIMARY KEY (collection, id)
);
CREATE INDEX IF NOT EXISTS records_scope ON records(scope_case);
CREATE TABLE IF NOT EXISTS case_access (
  case_id TEXT NOT NULL,
  area TEXT NOT NULL,
  kind TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_until TEXT
);
CREATE INDEX IF NOT EXISTS case_access_case ON case_access(case_id, area);
CREATE TABLE IF NOT EXISTS mutations (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  result JSONB NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_log (
  seq BIGSERIAL PRIMARY KEY,
  at TEXT NOT NULL,
  user_id TEXT NOT NULL,
  action TEXT NOT NULL,
  collection TEXT,
  record_id TEXT,
  detail TEXT
);
CREATE INDEX IF NOT EXISTS audit_log_user ON audit_log(user_id, seq);
`;

/** Creates the tables on first open; several servers starting at once take turns under a lock. */
export async function preparePgSchema(pool: pg.Pool): Promise<void> {
  await runTransaction(pool, { lock: 'tsunagu-schema' }, async (client) => {
    await client.query(DDL);
    await client.query(PG_ACCESS_DDL);
    await client.query(PG_SERVER_KEYS_DDL);
    const { rows } = await client.query<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'");
    const version = rows[0] ? Number(rows[0].value) : 0;
    if (version > SCHEMA_VERSION) {
      throw new Error(`database schema ${version} is newer than this server (${SCHEMA_VERSION})`);
    }
    if (version < SCHEMA_VERSION) {
      await client.query(
        "INSERT INTO meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [String(SCHEMA_VERSION)],
      );
    }
  });
}
