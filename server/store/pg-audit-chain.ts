import type pg from 'pg';
import { canonicalEntry, GENESIS_HASH, hashEntry, type ChainedAuditRow } from '../audit/audit-chain.ts';
import type { AuditQuery } from './access-store.ts';
import { runTransaction } from './pg-transaction.ts';

const COLUMNS = `seq, at, user_id AS "userId", action, collection, record_id AS "recordId", detail, prev_hash AS "prevHash", hash`;

/**
 * Chains every committed, unsealed audit row, in seq order, after the current head. One sealer at a time (an
 * advisory lock); READ COMMITTED, so it sees every row committed before it started. A row whose transaction
 * commits later is sealed by a later call: chain order is seal order (`chain_pos`), never a gap.
 */
export async function sealAuditRows(pool: pg.Pool): Promise<void> {
  const probe = await pool.query('SELECT 1 FROM audit_log WHERE hash IS NULL LIMIT 1');
  if (probe.rowCount === 0) return;
  await runTransaction(pool, { lock: 'tsunagu-audit' }, async (client) => {
    const head = await client.query<{ hash: string; pos: number }>(
      'SELECT hash, chain_pos AS pos FROM audit_log WHERE chain_pos IS NOT NULL ORDER BY chain_pos DESC LIMIT 1',
    );
    let prev = head.rows[0]?.hash ?? GENESIS_HASH;
    let pos = head.rows[0]?.pos ?? 0;
    const { rows } = await client.query<ChainedAuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE hash IS NULL ORDER BY seq`);
    for (const row of rows) {
      const hash = hashEntry(prev, canonicalEntry(row));
      await client.query('UPDATE audit_log SET chain_pos = $1, prev_hash = $2, hash = $3 WHERE seq = $4', [++pos, prev, hash, row.seq]);
      prev = hash;
    }
  });
}

export async function selectAuditRows(pool: pg.Pool, query: AuditQuery): Promise<ChainedAuditRow[]> {
  const { rows } = await pool.query<ChainedAuditRow>(
    `SELECT ${COLUMNS} FROM audit_log
     WHERE ($1::text IS NULL OR user_id = $1) AND ($2::text IS NULL OR action = $2) AND ($3::text IS NULL OR record_id = $3)
       AND ($4::text IS NULL OR at >= $4) AND ($5::text IS NULL OR at < $5)
     ORDER BY seq DESC LIMIT $6`,
    [query.userId ?? null, query.action ?? null, query.recordId ?? null, query.from ?? null, query.to ?? null, query.limit],
  );
  return rows;
}

/** Sealed rows in chain order, then any still unsealed (which verification reports). */
export async function selectAuditChain(pool: pg.Pool): Promise<ChainedAuditRow[]> {
  const { rows } = await pool.query<ChainedAuditRow>(
    `SELECT ${COLUMNS} FROM audit_log ORDER BY chain_pos NULLS LAST, seq`,
  );
  return rows;
}
