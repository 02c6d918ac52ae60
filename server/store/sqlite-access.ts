import type Database from 'better-sqlite3';
import type { User } from '../../src/schema/session.ts';
import type { ChainedAuditRow } from '../audit/audit-chain.ts';
import type { Account, AccessStore, AuditQuery, RefreshUse, SessionLookup } from './access-store.ts';
import { SqliteAuditLog } from './sqlite-audit-log.ts';

type AccountRow = { id: string; username: string; name: string; role: User['role']; areas: string; disabled_at: string | null };
type SessionRow = AccountRow & { family_id: string | null };
type RefreshRow = { user_id: string; family_id: string; used_at: number | null; expires_at: number; disabled_at: string | null };

function toAccount(row: AccountRow): Account {
  const user: User = { id: row.id, name: row.name, role: row.role, areas: JSON.parse(row.areas) as string[] };
  return { ...user, username: row.username, disabledAt: row.disabled_at };
}

function prepare(db: Database.Database) {
  const st = <P extends unknown[] = unknown[], R = unknown>(sql: string) => db.prepare<P, R>(sql);
  return {
    list: st<[], AccountRow>('SELECT * FROM users ORDER BY username'),
    find: st<[string], AccountRow>('SELECT * FROM users WHERE id = ?'),
    disable: st<[string | null, string]>('UPDATE users SET disabled_at = ? WHERE id = ?'),
    password: st<[string, string]>('UPDATE users SET password_hash = ? WHERE id = ?'),
    areas: st<[string, string]>('UPDATE users SET areas = ?, scope_epoch = scope_epoch + 1 WHERE id = ?'),
    endSessions: st<[string]>('DELETE FROM sessions WHERE user_id = ?'),
    endRefresh: st<[string]>('DELETE FROM refresh_tokens WHERE user_id = ?'),
    session: st<[string, string, string, number]>('INSERT INTO sessions (token_hash, user_id, family_id, expires_at) VALUES (?, ?, ?, ?)'),
    findSession: st<[string, number], SessionRow>(
      'SELECT u.*, s.family_id FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?',
    ),
    refresh: st<[string, string, string, number]>('INSERT INTO refresh_tokens (token_hash, family_id, user_id, expires_at) VALUES (?, ?, ?, ?)'),
    findRefresh: st<[string, number], RefreshRow>(
      `SELECT r.user_id, r.family_id, r.used_at, r.expires_at, u.disabled_at FROM refresh_tokens r JOIN users u ON u.id = r.user_id
       WHERE r.token_hash = ? AND r.expires_at > ?`,
    ),
    useRefresh: st<[number, string]>('UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ?'),
    dropFamilySessions: st<[string]>('DELETE FROM sessions WHERE family_id = ?'),
    dropFamilyRefresh: st<[string]>('DELETE FROM refresh_tokens WHERE family_id = ?'),
    prune: st<[number]>('DELETE FROM refresh_tokens WHERE expires_at <= ?'),
  };
}

/** The SQLite side of accounts, tokens and the audit log; each method one transaction. */
export class SqliteAccess implements AccessStore {
  private readonly st: ReturnType<typeof prepare>;
  private readonly audit: SqliteAuditLog;

  constructor(private readonly db: Database.Database) {
    this.st = prepare(db);
    this.audit = new SqliteAuditLog(db);
  }

  async listAccounts(): Promise<Account[]> {
    return this.st.list.all().map(toAccount);
  }

  async findAccount(userId: string): Promise<Account | null> {
    const row = this.st.find.get(userId);
    return row ? toAccount(row) : null;
  }

  async setDisabled(userId: string, disabledAt: string | null): Promise<boolean> {
    // Tokens stay (they now answer `account_disabled`, so the device learns to wipe) until re-enabling ends them.
    return this.db.transaction(() => {
      const changed = this.st.disable.run(disabledAt, userId).changes > 0;
      if (changed && disabledAt === null) this.endAll(userId);
      return changed;
    })();
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<boolean> {
    return this.db.transaction(() => {
      const changed = this.st.password.run(passwordHash, userId).changes > 0;
      if (changed) this.endAll(userId);
      return changed;
    })();
  }

  async setAreas(userId: string, areas: readonly string[]): Promise<boolean> {
    return this.st.areas.run(JSON.stringify(areas), userId).changes > 0;
  }

  private endAll(userId: string): void {
    this.st.endSessions.run(userId);
    this.st.endRefresh.run(userId);
  }

  async createSession(s: { tokenHash: string; userId: string; familyId: string; expiresAt: Date }): Promise<void> {
    this.st.session.run(s.tokenHash, s.userId, s.familyId, s.expiresAt.getTime());
  }

  async findSession(tokenHash: string, now: Date): Promise<SessionLookup | null> {
    const row = this.st.findSession.get(tokenHash, now.getTime());
    if (!row) return null;
    const { username: _u, disabledAt, ...user } = toAccount(row);
    return { user, disabled: disabledAt !== null, familyId: row.family_id };
  }

  async createRefresh(r: { tokenHash: string; userId: string; familyId: string; expiresAt: Date }): Promise<void> {
    this.st.prune.run(Date.now());
    this.st.refresh.run(r.tokenHash, r.familyId, r.userId, r.expiresAt.getTime());
  }

  async useRefresh(tokenHash: string, now: Date): Promise<RefreshUse> {
    return this.db.transaction((): RefreshUse => {
      const row = this.st.findRefresh.get(tokenHash, now.getTime());
      if (!row) return { kind: 'unknown' };
      if (row.used_at !== null) {
        this.dropFamily(row.family_id);
        return { kind: 'reused' };
      }
      this.st.useRefresh.run(now.getTime(), tokenHash);
      return { kind: 'ok', userId: row.user_id, familyId: row.family_id, disabled: row.disabled_at !== null, endsAt: new Date(row.expires_at) };
    }).immediate();
  }

  async revokeFamily(familyId: string): Promise<void> {
    this.db.transaction(() => this.dropFamily(familyId))();
  }

  private dropFamily(familyId: string): void {
    this.st.dropFamilySessions.run(familyId);
    this.st.dropFamilyRefresh.run(familyId);
  }

  async sealAudit(): Promise<void> {}

  async listAuditRows(query: AuditQuery): Promise<ChainedAuditRow[]> {
    return this.audit.list(query);
  }

  async readAuditChain(): Promise<ChainedAuditRow[]> {
    return this.audit.readChain();
  }
}
