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

const STARTED = `SELECT EXISTS (SELECT 1 FROM case_access a WHERE a.kind = 'consent' AND a.area = ANY($1::text[])
  AND a.valid_from > $2 AND a.valid_from <= $3) AS started`;

/**
 * True when the device must read its scope from 0: the account's areas changed since its last pull, or a
 * consent for one of them started since that day (see sqlite-device-holdings.ts).
 */
export async function takeRestart(client: pg.PoolClient, user: User, clientId: string, today: string): Promise<boolean> {
  const { rows } = await client.query<{ user: number; device: number | null; lastDay: string | null }>(
    `SELECT u.scope_epoch AS user, d.scope_epoch AS device, d.last_day AS "lastDay"
     FROM users u LEFT JOIN devices d ON d.user_id = u.id AND d.client_id = $2 WHERE u.id = $1`,
    [user.id, clientId],
  );
  const row = rows[0];
  if (!row) return false;
  if (row.device !== row.user || row.lastDay !== today) {
    await client.query(
      `INSERT INTO devices (user_id, client_id, scope_epoch, last_day) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, client_id) DO UPDATE SET scope_epoch = excluded.scope_epoch, last_day = excluded.last_day`,
      [user.id, clientId, row.user, today],
    );
  }
  if (row.device === null) return false;
  if (row.device !== row.user) return true;
  const lastDay = row.lastDay ?? today;
  if (lastDay >= today) return false;
  return (await client.query<{ started: boolean }>(STARTED, [user.areas, lastDay, today])).rows[0]!.started;
}

export async function holdCases(client: pg.PoolClient, user: User, clientId: string, caseIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(caseIds)];
  if (ids.length === 0) return;
  await client.query(
    `INSERT INTO device_cases (user_id, client_id, case_id) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING`,
    [user.id, clientId, ids],
  );
}
