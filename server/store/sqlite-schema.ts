import type Database from 'better-sqlite3';
import { migrateToV2, migrateToV3, migrateToV5, registerAuditFunctions } from './sqlite-access-schema.ts';
import { migrateToV4 } from './sqlite-server-keys.ts';

const SCHEMA_VERSION = 5;

// records.seq is the global change sequence: a record's rev is the seq of its last change, and pull pages
// walk it in order. SQLite serialises writers, so a seq is never committed out of order.
const DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  areas TEXT NOT NULL,
  password_hash TEXT NOT NULL
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_expiry ON sessions(expires_at);
CREATE TABLE records (
  collection TEXT NOT NULL,
  id TEXT NOT NULL,
  seq INTEGER NOT NULL UNIQUE,
  deleted INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  scope_case TEXT,
  scope_code TEXT,
  data TEXT NOT NULL,
  field_revs TEXT NOT NULL
);
CREATE UNIQUE INDEX records_key ON records(collection, id);
CREATE INDEX records_scope ON records(scope_case);
CREATE TABLE case_access (
  case_id TEXT NOT NULL,
  area TEXT NOT NULL,
  kind TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_until TEXT
);
CREATE INDEX case_access_case ON case_access(case_id, area);
CREATE TABLE mutations (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  result TEXT NOT NULL,
  at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  user_id TEXT NOT NULL,
  action TEXT NOT NULL,
  collection TEXT,
  record_id TEXT,
  detail TEXT
);
CREATE INDEX audit_log_user ON audit_log(user_id, seq);
`;

/**
 * WAL with synchronous=FULL: every commit is on disk before the server answers, so a power cut loses no change a
 * tablet was told is applied (it has dropped it from its outbox) and no change sequence is handed out twice.
 */
export function prepareDatabase(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  registerAuditFunctions(db);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(`database schema ${version} is newer than this server (${SCHEMA_VERSION})`);
  }
  if (version < SCHEMA_VERSION) {
    db.transaction(() => {
      if (version < 1) db.exec(DDL);
      if (version < 2) migrateToV2(db);
      if (version < 3) migrateToV3(db);
      if (version < 4) migrateToV4(db);
      if (version < 5) migrateToV5(db);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  }
}
