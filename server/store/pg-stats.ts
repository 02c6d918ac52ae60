import type pg from 'pg';
import type { AuditEntry, StatsRecords } from './store.ts';

// The input of aggregate statistics (see Store.listStatsRecords) and plain audit entries, for PostgreSQL.

const IN_AREAS = '($1::boolean OR c.scope_code = ANY($2::text[]))';

export async function selectStatsRecords(client: pg.PoolClient, areas: readonly string[] | null): Promise<StatsRecords> {
  const params = [areas === null, areas ?? []];
  const cases = await client.query<{ data: StatsRecords['cases'][number] }>(
    `SELECT c.data FROM records c WHERE c.collection = 'cases' AND NOT c.deleted AND ${IN_AREAS}`, params);
  const visits = await client.query<{ data: StatsRecords['visits'][number] }>(
    `SELECT v.data FROM records v JOIN records c ON c.collection = 'cases' AND c.id = v.scope_case
     WHERE v.collection = 'visits' AND NOT v.deleted AND NOT c.deleted AND ${IN_AREAS}`, params);
  const resources = await client.query<{ data: StatsRecords['resources'][number] }>(
    "SELECT data FROM records WHERE collection = 'resources' AND NOT deleted");
  return { cases: cases.rows.map((r) => r.data), visits: visits.rows.map((r) => r.data), resources: resources.rows.map((r) => r.data) };
}

export async function insertAuditEntry(pool: pg.Pool, entry: AuditEntry): Promise<void> {
  await pool.query(
    'INSERT INTO audit_log (at, user_id, action, collection, record_id, detail) VALUES ($1, $2, $3, $4, $5, $6)',
    [entry.at, entry.userId, entry.action, entry.collection, entry.recordId, entry.detail],
  );
}
