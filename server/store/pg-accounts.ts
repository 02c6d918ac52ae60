import type pg from 'pg';
import type { User } from '../../src/schema/session.ts';
import type { StoredUser } from './store.ts';

type UserRow = { id: string; username: string; name: string; role: User['role']; areas: string[]; password_hash: string };

function toUser(row: UserRow): User {
  return { id: row.id, name: row.name, role: row.role, areas: row.areas };
}

/** Users and sessions. Sessions hold only the sha256 of the token, so a copied database grants nothing. */
export class PgAccounts {
  constructor(private readonly pool: pg.Pool) {}

  async createUser(user: StoredUser): Promise<void> {
    await this.pool.query(
      'INSERT INTO users (id, username, name, role, areas, password_hash) VALUES ($1, $2, $3, $4, $5, $6)',
      [user.id, user.username, user.name, user.role, JSON.stringify(user.areas), user.passwordHash],
    );
  }

  async findUserByUsername(username: string): Promise<StoredUser | null> {
    const { rows } = await this.pool.query<UserRow>('SELECT * FROM users WHERE username = $1', [username]);
    const row = rows[0];
    return row ? { ...toUser(row), username: row.username, passwordHash: row.password_hash } : null;
  }

  async createSession(session: { tokenHash: string; userId: string; expiresAt: Date }): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE expires_at <= $1', [Date.now()]);
    await this.pool.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
      session.tokenHash, session.userId, session.expiresAt.getTime(),
    ]);
  }

  async findSessionUser(tokenHash: string, now: Date): Promise<User | null> {
    const { rows } = await this.pool.query<UserRow>(
      'SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL',
      [tokenHash, now.getTime()],
    );
    return rows[0] ? toUser(rows[0]) : null;
  }
}
