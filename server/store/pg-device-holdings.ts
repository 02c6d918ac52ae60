import type pg from 'pg';
import type { User } from '../../src/schema/session.ts';
import { isAdminArea } from '../sync/scope.ts';

// Held cases no longer visible: no access row for the user's areas valid today (the pull predicate, pg-pull.ts).
const GONE = `
  DELETE FROM device_cases h WHERE h.user_id = $1 AND h.client_id = $2 AND NOT EXISTS (
    SELECT 1 FROM case_access a WHERE a.case_id = h.case_id AND a.area = ANY($3::text[])
      AND a.valid_from <= $4 AND (a.valid_until IS NULL OR a.valid_until >= $4))
  RETURNING h.case_id AS id`;

const ALL = 'DELETE FROM device_cases WHERE user_id = $1 AND client_id = $2 RETURNING case_id AS id';

/** See sqlite-device-holdings.ts: the server's record of what each device was sent, by case. */
export async function takeRemovals(client: pg.PoolClient, user: User, clientId: string, today: string): Promise<string[]> {
  if (isAdminArea(user) && user.role !== 'supervisor') return [];
  const { rows } = user.role === 'supervisor'
    ? await client.query<{ id: string }>(ALL, [user.id, clientId])
    : await client.query<{ id: string }>(GONE, [user.id, clientId, user.areas, today]);
  return rows.map((row) => row.id).sort();
}

/** True when the account's areas changed since this device last pulled (then it reads its scope from 0). */
export async function takeEpochChange(client: pg.PoolClient, user: User, clientId: string): Promise<boolean> {
  const { rows } = await client.query<{ user: number; device: number | null }>(
    `SELECT u.scope_epoch AS user, (SELECT d.scope_epoch FROM devices d WHERE d.user_id = $1 AND d.client_id = $2) AS device
     FROM users u WHERE u.id = $1`,
    [user.id, clientId],
  );
  const row = rows[0];
  if (!row || row.device === row.user) return false;
  await client.query(
    `INSERT INTO devices (user_id, client_id, scope_epoch) VALUES ($1, $2, $3)
     ON CONFLICT (user_id, client_id) DO UPDATE SET scope_epoch = excluded.scope_epoch`,
    [user.id, clientId, row.user],
  );
  return row.device !== null;
}

export async function holdCases(client: pg.PoolClient, user: User, clientId: string, caseIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(caseIds)];
  if (ids.length === 0) return;
  await client.query(
    `INSERT INTO device_cases (user_id, client_id, case_id) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING`,
    [user.id, clientId, ids],
  );
}
