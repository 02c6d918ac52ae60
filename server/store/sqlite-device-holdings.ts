import type Database from 'better-sqlite3';
import type { User } from '../../src/schema/session.ts';
import { isAdminArea } from '../sync/scope.ts';

type Key = { user: string; client: string };

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
  private readonly epochs: Database.Statement<[Key], { user: number; device: number | null }>;
  private readonly saveEpoch: Database.Statement<[Key & { epoch: number }]>;

  constructor(db: Database.Database) {
    this.gone = db.prepare(GONE);
    this.all = db.prepare('SELECT case_id AS id FROM device_cases WHERE user_id = @user AND client_id = @client');
    this.drop = db.prepare('DELETE FROM device_cases WHERE user_id = @user AND client_id = @client AND case_id = @id');
    this.hold = db.prepare('INSERT OR IGNORE INTO device_cases (user_id, client_id, case_id) VALUES (@user, @client, @id)');
    this.epochs = db.prepare(
      `SELECT u.scope_epoch AS user, (SELECT d.scope_epoch FROM devices d WHERE d.user_id = @user AND d.client_id = @client) AS device
       FROM users u WHERE u.id = @user`,
    );
    this.saveEpoch = db.prepare(
      `INSERT INTO devices (user_id, client_id, scope_epoch) VALUES (@user, @client, @epoch)
       ON CONFLICT (user_id, client_id) DO UPDATE SET scope_epoch = excluded.scope_epoch`,
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

  /** True when the account's areas changed since this device last pulled: it must read its scope again. */
  takeEpochChange(user: User, client: string): boolean {
    const key = { user: user.id, client };
    const row = this.epochs.get(key);
    if (!row || row.device === row.user) return false;
    this.saveEpoch.run({ ...key, epoch: row.user });
    return row.device !== null;
  }

  holdCases(user: User, client: string, caseIds: Iterable<string>): void {
    for (const id of new Set(caseIds)) this.hold.run({ user: user.id, client, id });
  }
}
