import Database from 'better-sqlite3';
import type { User } from '../../src/schema/session.ts';
import type { Collection } from '../../src/schema/collections.ts';
import type { PulledChange, PullResponse, PushResult } from '../../src/schema/sync-protocol.ts';
import { formatPullCursor } from '../sync/pull-cursor.ts';
import { toJapanDate } from '../sync/scope.ts';
import type { DisasterReadResult } from '../sync/disaster-read.ts';
import { SqliteAccess } from './sqlite-access.ts';
import { SqliteAccounts } from './sqlite-accounts.ts';
import { startCheckpointer, type Checkpointer } from './sqlite-checkpointer.ts';
import { GroupCommit } from './sqlite-group-commit.ts';
import { SqliteDeviceHoldings } from './sqlite-device-holdings.ts';
import { SqliteDisaster } from './sqlite-disaster.ts';
import { importRecord } from './import-record.ts';
import { SqlitePull, toPullBody } from './sqlite-pull.ts';
import { SqlitePush } from './sqlite-push.ts';
import { SqliteRecords } from './sqlite-records.ts';
import { SqliteStatsSource } from './sqlite-stats.ts';
import { prepareDatabase } from './sqlite-schema.ts';
import { prepareClaimServerKey } from './sqlite-server-keys.ts';
import { SqliteWriter } from './sqlite-writer.ts';
import type { AuditEntry, ImportEntry, PullDevice, PushBatch, ServerKeyRow, StatsRecords, Store, StoredUser } from './store.ts';

type AuditRow = { at: string; user_id: string; action: string; collection: string | null; record_id: string | null; detail: string | null };

function prepareStatements(db: Database.Database) {
  return {
    isEmpty: db.prepare<[], { empty: number }>(
      'SELECT NOT (EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM records)) AS empty',
    ),
    getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
    setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    audit: db.prepare(
      'INSERT INTO audit_log (at, user_id, action, collection, record_id, detail) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    listAudit: db.prepare<[{ userId: string | null; action: string | null }], AuditRow>(
      `SELECT at, user_id, action, collection, record_id, detail FROM audit_log
       WHERE (@userId IS NULL OR user_id = @userId) AND (@action IS NULL OR action = @action) ORDER BY seq`,
    ),
  };
}

/**
 * The embedded default store: one SQLite file, one transaction per push batch or group of them, written on this
 * connection or by a writer thread on its own (the server's).
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly records: SqliteRecords;
  private readonly puller: SqlitePull;
  private readonly accounts: SqliteAccounts;
  private readonly statements: ReturnType<typeof prepareStatements>;
  private readonly stats: SqliteStatsSource;
  private readonly disaster: SqliteDisaster;
  private readonly holdings: SqliteDeviceHoldings;
  private readonly checkpointer: Checkpointer;
  private readonly claimKey: (candidate: ServerKeyRow) => ServerKeyRow;
  private readonly pusher: SqlitePush;
  private readonly groupCommit: GroupCommit | null;
  private readonly writer: SqliteWriter | null;
  readonly access: SqliteAccess;

  /**
   * `groupCommit`: pushes waiting together share a transaction (sqlite-group-commit.ts). A push then waits for the
   * next turn of the event loop, which a caller looping on promises alone (in-process, no I/O) would never reach;
   * behind HTTP every request arrives by I/O, so the server turns it on.
   * `writerThread`: the bundled entry of a writer thread (sqlite-writer.ts), which then applies and commits every
   * push, with group commit, on a connection of its own; the server passes it when it runs bundled.
   */
  constructor(file: string, { groupCommit = false, writerThread = null as URL | null } = {}) {
    this.db = new Database(file);
    prepareDatabase(this.db);
    this.checkpointer = startCheckpointer(this.db, file);
    this.records = new SqliteRecords(this.db);
    this.pusher = new SqlitePush(this.db);
    this.puller = new SqlitePull(this.db);
    this.accounts = new SqliteAccounts(this.db);
    this.statements = prepareStatements(this.db);
    this.stats = new SqliteStatsSource(this.db);
    this.holdings = new SqliteDeviceHoldings(this.db);
    this.access = new SqliteAccess(this.db);
    this.claimKey = prepareClaimServerKey(this.db);
    this.disaster = new SqliteDisaster(this.db, this.records, (...row) => this.statements.audit.run(...row));
    const afterCommit = () => this.checkpointer.noteCommit();
    const hasThread = writerThread !== null && !this.db.memory;
    this.writer = hasThread ? new SqliteWriter(writerThread, file, afterCommit) : null;
    this.groupCommit = groupCommit && !hasThread
      ? new GroupCommit(this.db, (user, batch, now) => this.pusher.applyBatch(user, batch, now), afterCommit)
      : null;
  }

  async isEmpty(): Promise<boolean> {
    return this.statements.isEmpty.get()!.empty === 1;
  }

  async getMeta(key: string): Promise<string | null> {
    return this.statements.getMeta.get(key)?.value ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.statements.setMeta.run(key, value);
  }

  async claimServerKey(candidate: ServerKeyRow): Promise<ServerKeyRow> {
    return this.claimKey(candidate);
  }

  async createUser(user: StoredUser): Promise<void> {
    this.accounts.createUser(user);
  }

  async findUserByUsername(username: string): Promise<StoredUser | null> {
    return this.accounts.findUserByUsername(username);
  }

  async createSession(session: { tokenHash: string; userId: string; expiresAt: Date }): Promise<void> {
    this.accounts.createSession(session);
  }

  async findSessionUser(tokenHash: string, now: Date): Promise<User | null> {
    return this.accounts.findSessionUser(tokenHash, now);
  }

  async push(user: User, batch: PushBatch, now: Date): Promise<PushResult[]> {
    if (this.writer) return this.writer.push(user, batch, now);
    if (this.groupCommit) return this.groupCommit.push(user, batch, now);
    const results = this.db.transaction(() => this.pusher.applyBatch(user, batch, now)).immediate();
    this.checkpointer.noteCommit();
    return results;
  }

  async pull(user: User, since: number, limit: number, now: Date, device?: PullDevice): Promise<PullResponse> {
    const { page, cursor, hasMore, removals } = this.pullPage(user, since, limit, now, device);
    const changes = page.map((row) => ({ collection: row.collection, record: JSON.parse(row.data.toString('utf8')) }));
    if (!removals) return { changes, cursor, hasMore };
    return { changes, cursor, hasMore, removals: removals.map((id) => ({ collection: 'cases' as const, id })) };
  }

  async pullBody(user: User, since: number, limit: number, now: Date, device?: PullDevice): Promise<Buffer> {
    const { page, cursor, hasMore, removals } = this.pullPage(user, since, limit, now, device);
    return toPullBody(page, cursor, hasMore, removals);
  }

  private pullPage(user: User, since: number, limit: number, now: Date, device?: PullDevice) {
    const run = this.db.transaction(() => {
      const today = toJapanDate(now);
      // Scope changes purge: what this device holds but may no longer see is named, in the same snapshot.
      const told = device ? this.holdings.announce(user, device.clientId, today, device.announced ?? 0) : undefined;
      if (told?.restart) since = 0;
      const rows = this.puller.list(user, since, limit + 1, today);
      const hasMore = rows.length > limit;
      const page = hasMore ? rows.slice(0, limit) : rows;
      // With nothing more visible, skip past everything scanned, including changes this user may not see.
      const cursor = hasMore ? page[page.length - 1]!.seq : Math.max(since, this.records.maxSeq());
      const at = now.toISOString();
      for (const row of page) {
        if (row.own === 0) this.statements.audit.run(at, user.id, 'read-consent', row.collection, row.id, null);
      }
      if (device) this.holdings.holdCases(user, device.clientId, page.flatMap((row) => (row.scope_case ? [row.scope_case] : [])));
      return { page, cursor: formatPullCursor(cursor, told?.announced ?? 0), hasMore, removals: told?.removals };
    });
    return run.immediate();
  }

  async readRecords(user: User, collection: Collection, ids: readonly string[], now: Date): Promise<PulledChange['record'][]> {
    const read = this.db.transaction(() => {
      const rows = this.puller.byIds(user, collection, ids, toJapanDate(now));
      const at = now.toISOString();
      for (const row of rows) if (row.own === 0) this.statements.audit.run(at, user.id, 'read-consent', row.collection, row.id, null);
      return rows.map((row) => JSON.parse(row.data.toString('utf8')) as PulledChange['record']);
    });
    return read.immediate();
  }

  async importRecords(entries: readonly ImportEntry[], now: Date): Promise<void> {
    // Immediate: it reads the last sequence before it writes, and a writer thread's commit in between would
    // leave a deferred transaction unable to write (SQLITE_BUSY_SNAPSHOT).
    this.db.transaction(() => {
      let seq = this.records.maxSeq();
      for (const entry of entries) this.records.write(importRecord(entry, ++seq, now));
    }).immediate();
  }

  async listAudit(filter: { userId?: string; action?: string } = {}): Promise<AuditEntry[]> {
    return this.statements.listAudit.all({ userId: filter.userId ?? null, action: filter.action ?? null }).map((row) => ({
      at: row.at, userId: row.user_id, action: row.action, collection: row.collection, recordId: row.record_id, detail: row.detail,
    }));
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    this.statements.audit.run(entry.at, entry.userId, entry.action, entry.collection, entry.recordId, entry.detail);
  }

  async listStatsRecords(areas: readonly string[] | null): Promise<StatsRecords> {
    return this.db.transaction(() => this.stats.list(areas))();
  }

  async readDisasterCases(user: User, eventId: string, now: Date): Promise<DisasterReadResult> {
    return this.disaster.read(user, eventId, now);
  }

  async close(): Promise<void> {
    await this.writer?.close();
    if (this.db.open) this.groupCommit?.flush();
    await this.checkpointer.stop();
    if (this.db.open) this.db.close();
  }
}
