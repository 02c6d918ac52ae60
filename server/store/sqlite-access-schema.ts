import type Database from 'better-sqlite3';
import { canonicalEntry, GENESIS_HASH, hashEntry } from '../audit/audit-chain.ts';

// Version 2: account state, token families and refresh tokens, what each device holds (for purges), and the
// audit log's hash chain. The chain is written by a trigger, so every code path that appends is chained.
const V2 = `
ALTER TABLE users ADD COLUMN disabled_at TEXT;
ALTER TABLE users ADD COLUMN scope_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN family_id TEXT;
CREATE INDEX sessions_family ON sessions(family_id);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE refresh_tokens (
  token_hash TEXT PRIMARY KEY,
  family_id TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id),
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX refresh_family ON refresh_tokens(family_id);
CREATE INDEX refresh_user ON refresh_tokens(user_id);
CREATE TABLE devices (
  user_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  scope_epoch INTEGER NOT NULL,
  PRIMARY KEY (user_id, client_id)
) WITHOUT ROWID;
CREATE TABLE device_cases (
  user_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  PRIMARY KEY (user_id, client_id, case_id)
) WITHOUT ROWID;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
`;

const PREV = `COALESCE((SELECT hash FROM audit_log WHERE seq < NEW.seq ORDER BY seq DESC LIMIT 1), '${GENESIS_HASH}')`;

const TRIGGERS = `
CREATE TRIGGER audit_chain AFTER INSERT ON audit_log BEGIN
  UPDATE audit_log SET prev_hash = ${PREV},
    hash = tsunagu_audit_link(${PREV}, NEW.seq, NEW.at, NEW.user_id, NEW.action, NEW.collection, NEW.record_id, NEW.detail)
  WHERE seq = NEW.seq;
END;
CREATE TRIGGER audit_append_only BEFORE UPDATE ON audit_log WHEN OLD.hash IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
`;

type Link = [string, number, string, string, string, string | null, string | null, string | null];

/** The chain link as an SQL function; registered on every connection before anything can append. */
export function registerAuditFunctions(db: Database.Database): void {
  db.function('tsunagu_audit_link', { deterministic: true, varargs: true }, (...args: unknown[]) => {
    const [prev, seq, at, userId, action, collection, recordId, detail] = args as Link;
    return hashEntry(prev, canonicalEntry({ seq: Number(seq), at, userId, action, collection, recordId, detail }));
  });
}

type Row = { seq: number; at: string; user_id: string; action: string; collection: string | null; record_id: string | null; detail: string | null };

/** Chains rows written before version 2, in order. */
function sealExisting(db: Database.Database): void {
  const rows = db.prepare<[], Row>('SELECT * FROM audit_log ORDER BY seq').all();
  const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?');
  let prev = GENESIS_HASH;
  for (const r of rows) {
    const hash = hashEntry(prev, canonicalEntry({ seq: r.seq, at: r.at, userId: r.user_id, action: r.action, collection: r.collection, recordId: r.record_id, detail: r.detail }));
    update.run(prev, hash, r.seq);
    prev = hash;
  }
}

/** Version 3: the Japanese date of each device's last pull, so a consent that starts later re-reads scope. */
export function migrateToV3(db: Database.Database): void {
  db.exec('ALTER TABLE devices ADD COLUMN last_day TEXT');
}

/**
 * Version 5: removals and restarts are numbered per device (`announced`), and each held case that left the
 * scope keeps the number that first named it, so a lost answer is named again (sqlite-device-holdings.ts).
 */
export function migrateToV5(db: Database.Database): void {
  db.exec(`ALTER TABLE devices ADD COLUMN announced INTEGER NOT NULL DEFAULT 0;
ALTER TABLE devices ADD COLUMN restart_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE device_cases ADD COLUMN removed_at INTEGER;`);
}

export function migrateToV2(db: Database.Database): void {
  db.exec(V2);
  sealExisting(db);
  db.exec(TRIGGERS);
}
