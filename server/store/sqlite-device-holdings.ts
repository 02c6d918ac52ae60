import type Database from 'better-sqlite3';
import type { User } from '../../src/schema/session.ts';
import { isAdminArea } from '../sync/scope.ts';

type Key = { user: string; client: string };
type DeviceRow = { user: number; device: number | null; lastDay: string | null; announced: number; restartAt: number };

/** What a pull must tell its device: cases to remove, whether to read its scope from 0, and the count of announcements. */
export type Announcements = { removals: string[]; restart: boolean; announced: number };

// A held case is still visible when one of its access rows (own area or consent) covers one of the user's areas
// today — the very predicate of the pull query (sqlite-pull.ts).
const NOT_VISIBLE = `NOT EXISTS (
    SELECT 1 FROM case_access a WHERE a.case_id = h.case_id AND a.area IN (SELECT value FROM json_each(@areas))
      AND a.valid_from <= @today AND (a.valid_until IS NULL OR a.valid_until >= @today))`;

/**
 * What each device of each user has been sent, by case: the server's side of "scope changes purge". A pull
 * compares it with what the user may see now and tells the device which cases to remove.
 *
 * WHY removals are numbered rather than forgotten once sent: an answer can be lost, and a tablet asks for the
 * next pages before it has written this one (and drops them when a retry changes the page). A case that left the
 * scope is marked with the number of the announcement that first named it (`removed_at`), and the device's
 * cursor carries the last number it has written (pull-cursor.ts); every pull names again the removals numbered
 * above the cursor's, until the device saves a cursor past them. A restart from 0 (the scope widened) is
 * numbered the same way. The rows are a superset of what the device holds (a lost answer leaves extra rows), so
 * a removal is never missed.
 */
export class SqliteDeviceHoldings {
  private readonly newlyGone: Database.Statement<[Key & { areas: string; today: string }], { id: string }>;
  private readonly markRemoved: Database.Statement<[Key & { id: string; announced: number }]>;
  private readonly removedSince: Database.Statement<[Key & { areas: string; today: string; seen: number }], { id: string }>;
  private readonly hold: Database.Statement<[Key & { id: string }]>;
  private readonly device: Database.Statement<[Key], DeviceRow>;
  private readonly started: Database.Statement<[{ areas: string; lastDay: string; today: string }], { started: number }>;
  private readonly saveDevice: Database.Statement<[Key & { epoch: number; today: string; announced: number; restartAt: number }]>;

  constructor(db: Database.Database) {
    const held = 'h.user_id = @user AND h.client_id = @client';
    this.newlyGone = db.prepare(`SELECT h.case_id AS id FROM device_cases h WHERE ${held} AND h.removed_at IS NULL AND ${NOT_VISIBLE}`);
    this.markRemoved = db.prepare(
      'UPDATE device_cases SET removed_at = @announced WHERE user_id = @user AND client_id = @client AND case_id = @id',
    );
    this.removedSince = db.prepare(
      `SELECT h.case_id AS id FROM device_cases h WHERE ${held} AND h.removed_at > @seen AND ${NOT_VISIBLE} ORDER BY h.case_id`,
    );
    this.hold = db.prepare(
      `INSERT INTO device_cases (user_id, client_id, case_id) VALUES (@user, @client, @id)
       ON CONFLICT DO UPDATE SET removed_at = NULL WHERE removed_at IS NOT NULL`,
    );
    this.device = db.prepare(
      `SELECT COALESCE((SELECT scope_epoch FROM users WHERE id = @user), 0) AS user, d.scope_epoch AS device,
         d.last_day AS lastDay, COALESCE(d.announced, 0) AS announced, COALESCE(d.restart_at, 0) AS restartAt
       FROM (SELECT 1) LEFT JOIN devices d ON d.user_id = @user AND d.client_id = @client`,
    );
    this.started = db.prepare(
      `SELECT EXISTS (SELECT 1 FROM case_access a WHERE a.kind = 'consent' AND a.area IN (SELECT value FROM json_each(@areas))
         AND a.valid_from > @lastDay AND a.valid_from <= @today) AS started`,
    );
    this.saveDevice = db.prepare(
      `INSERT INTO devices (user_id, client_id, scope_epoch, last_day, announced, restart_at)
       VALUES (@user, @client, @epoch, @today, @announced, @restartAt)
       ON CONFLICT (user_id, client_id) DO UPDATE SET scope_epoch = excluded.scope_epoch, last_day = excluded.last_day,
         announced = excluded.announced, restart_at = excluded.restart_at`,
    );
  }

  /**
   * What this pull must tell the device whose cursor has seen `seen` announcements: the cases it holds but may
   * no longer see, and whether its scope must be read from 0 — the account's areas changed since its last pull,
   * or a consent for one of them has started since that day (time alone widened the scope; no record changed).
   */
  announce(user: User, client: string, today: string, seen: number): Announcements {
    const key = { user: user.id, client };
    const areas = JSON.stringify(user.areas);
    const row = this.device.get(key)!;
    // A cursor from ahead of this server's count (a restored database) has seen nothing it can vouch for.
    if (seen > row.announced) seen = 0;
    const removesNothing = isAdminArea(user) && user.role !== 'supervisor';
    // A supervisor sees no case: with no areas, nothing held is visible.
    const visible = JSON.stringify(user.role === 'supervisor' ? [] : user.areas);
    const gone = removesNothing ? [] : this.newlyGone.all({ ...key, areas: visible, today });
    const restart = row.device !== null && this.widened(row, areas, today);
    let { announced, restartAt } = row;
    if (gone.length > 0 || restart) {
      announced += 1;
      for (const { id } of gone) this.markRemoved.run({ ...key, id, announced });
      if (restart) restartAt = announced;
    }
    if (announced !== row.announced || row.device !== row.user || row.lastDay !== today) {
      this.saveDevice.run({ ...key, epoch: row.user, today, announced, restartAt });
    }
    const removals = removesNothing ? [] : this.removedSince.all({ ...key, areas: visible, today, seen });
    return { removals: removals.map((r) => r.id), restart: restartAt > seen, announced };
  }

  private widened(row: DeviceRow, areas: string, today: string): boolean {
    if (row.device !== row.user) return true;
    const lastDay = row.lastDay ?? today;
    return lastDay < today && this.started.get({ areas, lastDay, today })!.started === 1;
  }

  /** Marks cases as held by the device (again, for one it was once told to remove). */
  holdCases(user: User, client: string, caseIds: Iterable<string>): void {
    for (const id of new Set(caseIds)) this.hold.run({ user: user.id, client, id });
  }
}
