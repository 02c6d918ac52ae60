import type pg from 'pg';
import type { User } from '../../src/schema/session.ts';
import type { AuditEntry } from './store.ts';

export type AuditRow = { action: string; collection: string; recordId: string; detail: string | null };

/** Writes and reads through a consent, in one round trip. */
export async function insertAudits(client: pg.PoolClient, user: User, rows: readonly AuditRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO audit_log (at, user_id, action, collection, record_id, detail)
     SELECT $5::text, $6::text, * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
    [rows.map((r) => r.action), rows.map((r) => r.collection), rows.map((r) => r.recordId), rows.map((r) => r.detail), now.toISOString(), user.id],
  );
}

export async function selectAudit(pool: pg.Pool, filter: { userId?: string; action?: string }): Promise<AuditEntry[]> {
  const { rows } = await pool.query<AuditEntry>(
    `SELECT at, user_id AS "userId", action, collection, record_id AS "recordId", detail FROM audit_log
     WHERE ($1::text IS NULL OR user_id = $1) AND ($2::text IS NULL OR action = $2) ORDER BY seq`,
    [filter.userId ?? null, filter.action ?? null],
  );
  return rows;
}
