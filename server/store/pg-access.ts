import type pg from 'pg';
import type { User } from '../../src/schema/session.ts';
import type { ChainedAuditRow } from '../audit/audit-chain.ts';
import type { Account, AccessStore, AuditQuery, RefreshUse, SessionLookup } from './access-store.ts';
import { sealAuditRows, selectAuditChain, selectAuditRows } from './pg-audit-chain.ts';
import { runTransaction } from './pg-transaction.ts';

type AccountRow = { id: string; username: string; name: string; role: User['role']; areas: string[]; disabled_at: string | null };
type RefreshRow = { user_id: string; family_id: string; used_at: number | null; expires_at: number; disabled_at: string | null };

function toAccount(row: AccountRow): Account {
  return { id: row.id, name: row.name, role: row.role, areas: row.areas, username: row.username, disabledAt: row.disabled_at };
}

async function endAll(client: pg.PoolClient, userId: string): Promise<void> {
  await client.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  await client.query('DELETE FROM refresh_tokens WHERE user_id = $1', [userId]);
}

async function dropFamily(client: pg.PoolClient | pg.Pool, familyId: string): Promise<void> {
  await client.query('DELETE FROM sessions WHERE family_id = $1', [familyId]);
  await client.query('DELETE FROM refresh_tokens WHERE family_id = $1', [familyId]);
}

/** The PostgreSQL side of accounts, tokens and the audit log (see sqlite-access.ts). */
export class PgAccess implements AccessStore {
  constructor(private readonly pool: pg.Pool) {}

  async listAccounts(): Promise<Account[]> {
    return (await this.pool.query<AccountRow>('SELECT * FROM users ORDER BY username')).rows.map(toAccount);
  }

  async findAccount(userId: string): Promise<Account | null> {
    const row = (await this.pool.query<AccountRow>('SELECT * FROM users WHERE id = $1', [userId])).rows[0];
    return row ? toAccount(row) : null;
  }

  setDisabled(userId: string, disabledAt: string | null): Promise<boolean> {
    return runTransaction(this.pool, 'write', async (client) => {
      const { rowCount } = await client.query('UPDATE users SET disabled_at = $1 WHERE id = $2', [disabledAt, userId]);
      if (rowCount && disabledAt === null) await endAll(client, userId);
      return Boolean(rowCount);
    });
  }

  setPasswordHash(userId: string, passwordHash: string): Promise<boolean> {
    return runTransaction(this.pool, 'write', async (client) => {
      const { rowCount } = await client.query('UPDATE users SET password_hash = $1 WHERE id = $2', [passwordHash, userId]);
      if (rowCount) await endAll(client, userId);
      return Boolean(rowCount);
    });
  }

  async setAreas(userId: string, areas: readonly string[]): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'UPDATE users SET areas = $1, scope_epoch = scope_epoch + 1 WHERE id = $2', [JSON.stringify(areas), userId],
    );
    return Boolean(rowCount);
  }

  async createSession(s: { tokenHash: string; userId: string; familyId: string; expiresAt: Date }): Promise<void> {
    await this.pool.query('INSERT INTO sessions (token_hash, user_id, family_id, expires_at) VALUES ($1, $2, $3, $4)', [
      s.tokenHash, s.userId, s.familyId, s.expiresAt.getTime(),
    ]);
  }

  async findSession(tokenHash: string, now: Date): Promise<SessionLookup | null> {
    const { rows } = await this.pool.query<AccountRow & { family_id: string | null }>(
      'SELECT u.*, s.family_id FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2',
      [tokenHash, now.getTime()],
    );
    const row = rows[0];
    if (!row) return null;
    return { user: { id: row.id, name: row.name, role: row.role, areas: row.areas }, disabled: row.disabled_at !== null, familyId: row.family_id };
  }

  async createRefresh(r: { tokenHash: string; userId: string; familyId: string; expiresAt: Date }): Promise<void> {
    await this.pool.query('DELETE FROM refresh_tokens WHERE expires_at <= $1', [Date.now()]);
    await this.pool.query('INSERT INTO refresh_tokens (token_hash, family_id, user_id, expires_at) VALUES ($1, $2, $3, $4)', [
      r.tokenHash, r.familyId, r.userId, r.expiresAt.getTime(),
    ]);
  }

  useRefresh(tokenHash: string, now: Date): Promise<RefreshUse> {
    return runTransaction(this.pool, 'write', async (client): Promise<RefreshUse> => {
      const { rows } = await client.query<RefreshRow>(
        `SELECT r.user_id, r.family_id, r.used_at, r.expires_at, u.disabled_at FROM refresh_tokens r JOIN users u ON u.id = r.user_id
         WHERE r.token_hash = $1 AND r.expires_at > $2 FOR UPDATE OF r`,
        [tokenHash, now.getTime()],
      );
      const row = rows[0];
      if (!row) return { kind: 'unknown' };
      if (row.used_at !== null) {
        await dropFamily(client, row.family_id);
        return { kind: 'reused' };
      }
      await client.query('UPDATE refresh_tokens SET used_at = $1 WHERE token_hash = $2', [now.getTime(), tokenHash]);
      return { kind: 'ok', userId: row.user_id, familyId: row.family_id, disabled: row.disabled_at !== null, endsAt: new Date(row.expires_at) };
    });
  }

  async revokeFamily(familyId: string): Promise<void> {
    await dropFamily(this.pool, familyId);
  }

  sealAudit(): Promise<void> {
    return sealAuditRows(this.pool);
  }

  async listAuditRows(query: AuditQuery): Promise<ChainedAuditRow[]> {
    await this.sealAudit();
    return selectAuditRows(this.pool, query);
  }

  async readAuditChain(): Promise<ChainedAuditRow[]> {
    await this.sealAudit();
    return selectAuditChain(this.pool);
  }
}
