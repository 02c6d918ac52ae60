import type Database from 'better-sqlite3';
import type { ServerKeyRow } from './store.ts';

/** Version 4: the server's own key pairs (the key for sealed mutations), docs/security.md › Server key. */
export function migrateToV4(db: Database.Database): void {
  db.exec(`CREATE TABLE server_keys (
    id TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    private_key TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID`);
}

type Row = { id: string; public_key: string; private_key: string; created_at: string };

/** Insert-if-absent, then read back: whichever key was stored first is the one every server uses. */
export function prepareClaimServerKey(db: Database.Database): (candidate: ServerKeyRow) => ServerKeyRow {
  const insert = db.prepare('INSERT INTO server_keys (id, public_key, private_key, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING');
  const select = db.prepare<[string], Row>('SELECT id, public_key, private_key, created_at FROM server_keys WHERE id = ?');
  return db.transaction((candidate: ServerKeyRow) => {
    insert.run(candidate.id, candidate.publicKey, candidate.privateKey, candidate.createdAt);
    const row = select.get(candidate.id)!;
    return { id: row.id, publicKey: row.public_key, privateKey: row.private_key, createdAt: row.created_at };
  });
}
