import type pg from 'pg';
import type { User } from '../../src/schema/session.ts';
import { isAdminArea } from '../sync/scope.ts';
import type { Announcements } from './sqlite-device-holdings.ts';

type DeviceRow = { user: number; device: number | null; lastDay: string | null; announced: number; restartAt: number };

// Held cases no longer visible: no access row for the user's areas valid today (the pull predicate, pg-pull.ts).
const NOT_VISIBLE = `NOT EXISTS (
    SELECT 1 FROM case_access a WHERE a.case_id = h.case_id AND a.area = ANY($3::text[])
      AND a.valid_from <= $4 AND (a.valid_until IS NULL OR a.valid_until >= $4))`;

const HELD = 'h.user_id = $1 AND h.client_id = $2';

const DEVICE = `
  SELECT COALESCE((SELECT scope_epoch FROM users WHERE id = $1), 0) AS user, d.scope_epoch AS device,
    d.last_day AS "lastDay", COALESCE(d.announced, 0) AS announced, COALESCE(d.restart_at, 0) AS "restartAt"
  FROM (SELECT 1) one LEFT JOIN devices d ON d.user_id = $1 AND d.client_id = $2`;

const STARTED = `SELECT EXISTS (SELECT 1 FROM case_access a WHERE a.kind = 'consent' AND a.area = ANY($1::text[])
  AND a.valid_from > $2 AND a.valid_from <= $3) AS started`;

/**
 * See sqlite-device-holdings.ts: the server's record of what each device was sent, by case, and why removals
 * and restarts are numbered (named again until the device's cursor shows it wrote them).
 */
export async function announce(client: pg.PoolClient, user: User, clientId: string, today: string, seen: number): Promise<Announcements> {
  const row = (await client.query<DeviceRow>(DEVICE, [user.id, clientId])).rows[0]!;
  if (seen > row.announced) seen = 0;
  const removesNothing = isAdminArea(user) && user.role !== 'supervisor';
  // A supervisor sees no case: with no areas, nothing held is visible.
  const visible = user.role === 'supervisor' ? [] : user.areas;
  const restart = row.device !== null && (await widened(client, row, user, today));
  let { announced, restartAt } = row;
  if (!removesNothing) {
    // Marks what left the scope with the next number, if anything did.
    const gone = await client.query(
      `UPDATE device_cases h SET removed_at = $5 WHERE ${HELD} AND h.removed_at IS NULL AND ${NOT_VISIBLE}`,
      [user.id, clientId, visible, today, announced + 1],
    );
    if ((gone.rowCount ?? 0) > 0) announced += 1;
  }
  if (restart) {
    if (announced === row.announced) announced += 1;
    restartAt = announced;
  }
  if (announced !== row.announced || row.device !== row.user || row.lastDay !== today) {
    await client.query(
      `INSERT INTO devices (user_id, client_id, scope_epoch, last_day, announced, restart_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, client_id) DO UPDATE SET scope_epoch = excluded.scope_epoch, last_day = excluded.last_day,
         announced = excluded.announced, restart_at = excluded.restart_at`,
      [user.id, clientId, row.user, today, announced, restartAt],
    );
  }
  if (removesNothing) return { removals: [], restart: restartAt > seen, announced };
  const { rows } = await client.query<{ id: string }>(
    `SELECT h.case_id AS id FROM device_cases h WHERE ${HELD} AND h.removed_at > $5 AND ${NOT_VISIBLE} ORDER BY h.case_id COLLATE "C"`,
    [user.id, clientId, visible, today, seen],
  );
  return { removals: rows.map((r) => r.id), restart: restartAt > seen, announced };
}

/** The account's areas changed since the device's last pull, or a consent for them started since that day. */
async function widened(client: pg.PoolClient, row: DeviceRow, user: User, today: string): Promise<boolean> {
  if (row.device !== row.user) return true;
  const lastDay = row.lastDay ?? today;
  if (lastDay >= today) return false;
  return (await client.query<{ started: boolean }>(STARTED, [user.areas, lastDay, today])).rows[0]!.started;
}

/** Marks cases as held by the device (again, for one it was once told to remove). */
export async function holdCases(client: pg.PoolClient, user: User, clientId: string, caseIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(caseIds)];
  if (ids.length === 0) return;
  await client.query(
    `INSERT INTO device_cases (user_id, client_id, case_id) SELECT $1, $2, unnest($3::text[])
     ON CONFLICT (user_id, client_id, case_id) DO UPDATE SET removed_at = NULL WHERE device_cases.removed_at IS NOT NULL`,
    [user.id, clientId, ids],
  );
}
