// Version 2 on PostgreSQL (see sqlite-access-schema.ts): account state, token families, device holdings and the
// audit chain. Idempotent, run under the schema lock on every start. Rows are appended unsealed and chained
// in commit order by `sealAudit` (pg-audit-chain.ts): a trigger cannot chain them, because a REPEATABLE READ
// pull does not see rows committed after its snapshot. Sealed rows can be neither changed nor deleted.
export const PG_ACCESS_DDL = `
ALTER TABLE users ADD COLUMN IF NOT EXISTS disabled_at TEXT;
ALTER TABLE users ADD COLUMN IF NOT EXISTS scope_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS family_id TEXT;
CREATE INDEX IF NOT EXISTS sessions_family ON sessions(family_id);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user_id);
CREATE TABLE IF NOT EXISTS refresh_tokens (
  token_hash TEXT PRIMARY KEY,
  family_id TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id),
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);
CREATE INDEX IF NOT EXISTS refresh_family ON refresh_tokens(family_id);
CREATE INDEX IF NOT EXISTS refresh_user ON refresh_tokens(user_id);
CREATE TABLE IF NOT EXISTS devices (
  user_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  scope_epoch INTEGER NOT NULL,
  PRIMARY KEY (user_id, client_id)
);
ALTER TABLE devices ADD COLUMN IF NOT EXISTS last_day TEXT;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS announced INTEGER NOT NULL DEFAULT 0;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS restart_at INTEGER NOT NULL DEFAULT 0;
CREATE TABLE IF NOT EXISTS device_cases (
  user_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  PRIMARY KEY (user_id, client_id, case_id)
);
ALTER TABLE device_cases ADD COLUMN IF NOT EXISTS removed_at INTEGER;
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS chain_pos BIGINT UNIQUE;
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS hash TEXT;
CREATE INDEX IF NOT EXISTS audit_log_unsealed ON audit_log(seq) WHERE hash IS NULL;
CREATE OR REPLACE FUNCTION tsunagu_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.hash IS NOT NULL THEN
    RAISE EXCEPTION 'audit_log is append-only';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS audit_append_only ON audit_log;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION tsunagu_audit_guard();
`;
