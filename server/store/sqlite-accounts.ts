import type Database from 'better-sqlite3';
import type { User } from '../../src/schema/session.ts';
import type { StoredUser } from './store.ts';

type UserRow = { id: string; username: string; name: string; role: User['role']; areas: string; password_hash: string };

function toUser(row: UserRow): User {
  return { id: row.id, name: row.name, role: row.role, areas: JSON.parse(row.areas) as string[] };
}

/** Users and sessions. Sessions hold only the sha256 of the token, so a copied database grants nothing. */
export class SqliteAccounts {
  private readonly insertUser: Database.Statement;
  private readonly selectUser: Database.Statement<[string], UserRow>;
  private readonly insertSession: Database.Statement;
  private readonly pruneSessions: Database.Statement<[number]>;
  private readonly selectSessionUser: Database.Statement<[string, number], UserRow>;

  constructor(db: Database.Database) {
    this.insertUser = db.prepare(
      'INSERT INTO users (id, username, name, role, areas, password_hash) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.selectUser = db.prepare('SELECT * FROM users WHERE username = ?');
    this.insertSession = db.prepare('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)');
    this.pruneSessions = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
    this.selectSessionUser = db.prepare(
      'SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL',
    );
  }

  createUser(user: StoredUser): void {
    this.insertUser.run(user.id, user.username, user.name, user.role, JSON.stringify(user.areas), user.passwordHash);
  }

  findUserByUsername(username: string): StoredUser | null {
    const row = this.selectUser.get(username);
    return row ? { ...toUser(row), username: row.username, passwordHash: row.password_hash } : null;
  }

  createSession(session: { tokenHash: string; userId: string; expiresAt: Date }): void {
    this.pruneSessions.run(Date.now());
    this.insertSession.run(session.tokenHash, session.userId, session.expiresAt.getTime());
  }

  findSessionUser(tokenHash: string, now: Date): User | null {
    const row = this.selectSessionUser.get(tokenHash, now.getTime());
    return row ? toUser(row) : null;
  }
}
