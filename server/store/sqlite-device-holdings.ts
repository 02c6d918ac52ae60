import type Database from 'better-sqlite3';
import type { User } from '../../src/schema/session.ts';
import { isAdminArea } from '../sync/scope.ts';

type Key = { user: string; client: string };
type DeviceRow = { user: number; device: number | null; lastDay: string | null };

// A held case is still visible when one of its access rows (own area or consent) covers one of the user's areas
// today — the very predicate of the pull query (sqlite-pull.ts).
const GONE = `
  SELECT h.case_id AS id FROM device_cases h WHERE h.user_id = @user AND h.client_id = @client AND NOT EXISTS (
    SELECT 1 FROM case_access a WHERE a.case_id = h.case_id AND a.area IN (SELECT value FROM json_each(@areas))
      AND a.valid_from <= @today AND (a.valid_until IS NULL OR a.valid_until >= @today))`;

/**
 * What each device of each user has been sent, by case: the server's side of "scope changes purge". A pull
 * compares it with what the user may see now and tells the device which cases to remove. It is a superset of
 * what the device holds (a lost answer leaves extra rows), so it never misses a removal.
 */
export class SqliteDeviceHoldings {
  private readonly gone: Database.Statement<[Key & { areas: string; today: string }], { id: string }>;
  private readonly all: Database.Statement<[Key], { id: string }>;
  private readonly drop: Database.Statement<[Key & { id: string }]>;
  private readonly hold: Database.Statement<[Key & { id: string }]>;
  private readonly epochs: Database.Statement<[Key], DeviceRow>;
  private readonly started: Database.Statement<[{ areas: string; lastDay: string; today: string }], { started: number }>;
  private readonly saveDevice: Database.Statement<[Key & { epoch: number; today: string }]>;

  constructor(db: Database.Database) {
    this.gone = db.prepare(GONE);
    this.all = db.prepare('SELECT case_id AS id FROM device_cases WHERE user_id = @user AND client_id = @client');
    this.drop = db.prepare('DELETE FROM device_cases WHERE user_id = @user AND client_id = @client AND case_id = @id');
    this.hold = db.prepare('INSERT OR IGNORE INTO device_cases (user_id, client_id, case_id) VALUES (@user, @client, @id)');
    this.epochs = db.prepare(
      `SELECT u.scope_epoch AS user, d.scope_epoch AS device, d.last_day AS lastDay
       FROM users u LEFT JOIN devices d ON d.user_id = u.id AND d.client_id = @client WHERE u.id = @user`,
    );
    this.started = db.prepare(
      `SELECT EXISTS (SELECT 1 FROM case_access a WHERE a.kind = 'consent' AND a.area IN (SELECT value FROM json_each(@areas))
         AND a.valid_from > @lastDay AND a.valid_from <= @today) AS started`,
    );
    this.saveDevice = db.prepare(
      `INSERT INTO devices (user_id, client_id, scope_epoch, last_day) VALUES (@user, @client, @epoch, @today)
       ON CONFLICT (user_id, client_id) DO UPDATE SET scope_epoch = excluded.scope_epoch, last_day = excluded.last_day`,
    );
  }

  /** Case ids the device holds but may no longer see; they are forgotten here as they are announced. */
  takeRemovals(user: User, client: string, today: string): string[] {
    const key = { user: user.id, client };
    if (isAdminArea(user) && user.role !== 'supervisor') return [];
    const rows = user.role === 'supervisor' ? this.all.all(key) : this.gone.all({ ...key, areas: JSON.stringify(user.areas), today });
    for (const { id } of rows) this.drop.run({ ...key, id });
    return rows.map((row) => row.id);
  }

  /**
   * True when this device must read its scope from the start: the account's areas changed since its last pull,
   * or a consent for one of them has started since that day (time alone widened the scope; no record changed).
   */
  takeRestart(user: User, client: string, today: string): boolean {
    const key = { user: user.id, client };
    const row = this.epochs.get(key);
    if (!row) return false;
    if (row.device !== row.user || row.lastDay !== today) this.saveDevice.run({ ...key, epoch: row.user, today });
    if (row.device === null) return false;
    if (row.device !== row.user) return true;
    const lastDay = row.lastDay ?? today;
    return lastDay < today && this.started.get({ areas: JSON.stringify(user.areas), lastDay, today })!.started === 1;
  }

  holdCases(user: User, client: string, caseIds: Iterable<string>): void {
    for (const id of new Set(caseIds)) this.hold.run({ user: user.id, client, id });
  }
}
