import type pg from 'pg';
import type { ServerKeyRow } from './store.ts';

// The server's own key pairs (the key for sealed mutations), docs/security.md › Server key. Idempotent.
export const PG_SERVER_KEYS_DDL = `
CREATE TABLE IF NOT EXISTS server_keys (
  id TEXT PRIMARY KEY,
  public_key TEXT NOT NULL,
  private_key TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;

type Row = { id: string; public_key: string; private_key: string; created_at: string };

/**
 * Insert-if-absent, then read back: two servers starting together on one database both end up with the key
 * that committed first (the loser's insert waits for it, then does nothing).
 */
export async function claimServerKey(pool: pg.Pool, candidate: ServerKeyRow): Promise<ServerKeyRow> {
  await pool.query(
    'INSERT INTO server_keys (id, public_key, private_key, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING',
    [candidate.id, candidate.publicKey, candidate.privateKey, candidate.createdAt],
  );
  const { rows } = await pool.query<Row>('SELECT id, public_key, private_key, created_at FROM server_keys WHERE id = $1', [candidate.id]);
  const row = rows[0]!;
  return { id: row.id, publicKey: row.public_key, privateKey: row.private_key, createdAt: row.created_at };
}
