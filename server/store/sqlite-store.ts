import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { User } from '../../src/schema/session.ts';
import type { Mutation, PullResponse, PushResult } from '../../src/schema/sync-protocol.ts';
import { planMutation } from '../sync/apply-mutation.ts';
import { toCaseScope } from '../sync/plan-helpers.ts';
import { findScopeCaseId, toJapanDate } from '../sync/scope.ts';
import type { DisasterReadResult } from '../sync/disaster-read.ts';
import type { PlanContext } from '../sync/stored-record.ts';
import { SqliteAccess } from './sqlite-access.ts';
import { SqliteAccounts } from './sqlite-accounts.ts';
import { startCheckpointer, type Checkpointer } from './sqlite-checkpointer.ts';
import { GroupCommit } from './sqlite-group-commit.ts';
import { SqliteDeviceHoldings } from './sqlite-device-holdings.ts';
import { SqliteDisaster } from './sqlite-disaster.ts';
import { importRecord } from './import-record.ts';
import { answerAppendReplay, isRememberedByRecord } from './append-replay.ts';
import { answerRefused, isRefused } from './refused-mutation.ts';
import { answerReplay } from './replay-result.ts';
import { SqlitePull, toPullBody } from './sqlite-pull.ts';
import { SqliteRecords } from './sqlite-records.ts';
import { SqliteStatsSource } from './sqlite-stats.ts';
import { prepareDatabase } from './sqlite-schema.ts';
import { prepareClaimServerKey } from './sqlite-server-keys.ts';
import type { AuditEntry, ImportEntry, PullDevice, PushBatch, RefusedMutation, ServerKeyRow, StatsRecords, Store, StoredUser } from './store.ts';

type AuditRow = { at: string; user_id: string; action: string; collection: string | null; record_id: string | null; detail: string | null };

function prepareStatements(db: Database.Database) {
  return {
    isEmpty: db.prepare<[], { empty: number }>(
      'SELECT NOT (EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM records)) AS empty',
    ),
    getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
    setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    getMutation: db.prepare<[string], { result: string }>('SELECT result FROM mutations WHERE id = ?'),
    putMutation: db.prepare('INSERT INTO mutations (id, user_id, client_id, result, at) VALUES (?, ?, ?, ?, ?)'),
    audit: db.prepare(
      'INSERT INTO audit_log (at, user_id, action, collection, record_id, detail) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    listAudit: db.prepare<[{ userId: string | null; action: string | null }], AuditRow>(
      `SELECT at, user_id, action, collection, record_id, detail FROM audit_log
       WHERE (@userId IS NULL OR user_id = @userId) AND (@action IS NULL OR action = @action) ORDER BY seq`,
    ),
  };
}

/** The embedded default store: one SQLite file, one connection, one transaction per push batch or group of them. */
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
  private readonly groupCommit: GroupCommit | null;
  readonly access: SqliteAccess;

  /**
   * `groupCommit`: pushes waiting together share a transaction (sqlite-group-commit.ts). A push then waits for the
   * next turn of the event loop, which a caller looping on promises alone (in-process, no I/O) would never reach;
   * behind HTTP every request arrives by I/O, so the server turns it on.
   */
  constructor(file: string, { groupCommit = false } = {}) {
    this.db = new Database(file);
    prepareDatabase(this.db);
    this.checkpointer = startCheckpointer(this.db, file);
    this.records = new SqliteRecords(this.db);
    this.puller = new SqlitePull(this.db);
    this.accounts = new SqliteAccounts(this.db);
    this.statements = prepareStatements(this.db);
    this.stats = new SqliteStatsSource(this.db);
    this.holdings = new SqliteDeviceHoldings(this.db);
    this.access = new SqliteAccess(this.db);
    this.claimKey = prepareClaimServerKey(this.db);
    this.disaster = new SqliteDisaster(this.db, this.records, (...row) => this.statements.audit.run(...row));
    this.groupCommit = groupCommit
      ? new GroupCommit(this.db, (user, batch, now) => this.applyBatch(user, batch, now), () => this.checkpointer.requestCheckpoint())
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
    if (this.groupCommit) return this.groupCommit.push(user, batch, now);
    const results = this.db.transaction(() => this.applyBatch(user, batch, now)).immediate();
    this.checkpointer.requestCheckpoint();
    return results;
  }

  /** One batch inside the group's transaction: sequences continue from whatever the group wrote before it. */
  private applyBatch(user: User, batch: PushBatch, now: Date): PushResult[] {
    let seq = this.records.maxSeq();
    const ctx: PlanContext = {
      user, clientId: batch.clientId, now, today: toJapanDate(now), nextSeq: () => ++seq, newId: randomUUID,
    };
    return batch.mutations.map((mutation) => this.applyMutation(mutation, ctx));
  }

  /**
   * The mutation's effect and its remembered result commit together, so a replay can never apply twice: in a
   * `mutations` row, or for a new visit or safety check in the record's own stamps (append-replay.ts).
   */
  private applyMutation(mutation: Mutation | RefusedMutation, ctx: PlanContext): PushResult {
    const remembered = this.statements.getMutation.get(mutation.id);
    if (remembered) return answerReplay(mutation.id, JSON.parse(remembered.result) as PushResult);
    const existing = this.records.get(mutation.collection, mutation.recordId);
    const replay = answerAppendReplay(mutation.id, existing);
    if (replay) return replay;
    if (isRefused(mutation)) return answerRefused(mutation);
    const scopeCaseId = existing ? existing.scopeCase : findScopeCaseId(mutation.collection, mutation.recordId, mutation.fields);
    const caseScope =
      scopeCaseId === null ? null
      : mutation.collection === 'cases' && scopeCaseId === mutation.recordId ? (existing && toCaseScope(existing))
      : this.records.getCaseScope(scopeCaseId);
    const eventId = mutation.collection === 'safetyChecks' ? (existing?.data.eventId ?? mutation.fields.eventId) : null;
    const event = typeof eventId === 'string' ? this.records.get('disasterEvents', eventId) : null;
    const plan = planMutation({ mutation, existing, caseScope, event }, ctx);
    for (const record of plan.writes) {
      const previous = record.id === mutation.recordId ? existing : null;
      if (this.records.write(record, previous)) this.records.reannounceDependents(record.id, ctx.nextSeq);
    }
    const at = ctx.now.toISOString();
    if (plan.remember && !isRememberedByRecord(mutation, existing, plan)) {
      this.statements.putMutation.run(mutation.id, ctx.user.id, ctx.clientId, JSON.stringify(plan.result), at);
    }
    if (plan.viaConsent) {
      this.statements.audit.run(at, ctx.user.id, 'write-consent', mutation.collection, mutation.recordId, plan.result.status);
    }
    if (plan.viaDisaster) {
      this.statements.audit.run(at, ctx.user.id, 'write-disaster', mutation.collection, mutation.recordId, plan.result.status);
    }
    return plan.result;
  }

  async pull(user: User, since: number, limit: number, now: Date, device?: PullDevice): Promise<PullResponse> {
    const { page, cursor, hasMore, removals } = this.pullPage(user, since, limit, now, device);
    const changes = page.map((row) => ({ collection: row.collection, record: JSON.parse(row.data) }));
    if (!removals) return { changes, cursor, hasMore };
    return { changes, cursor, hasMore, removals: removals.map((id) => ({ collection: 'cases' as const, id })) };
  }

  async pullBody(user: User, since: number, limit: number, now: Date, device?: PullDevice): Promise<string> {
    const { page, cursor, hasMore, removals } = this.pullPage(user, since, limit, now, device);
    return toPullBody(page, cursor, hasMore, removals);
  }

  private pullPage(user: User, since: number, limit: number, now: Date, device?: PullDevice) {
    const run = this.db.transaction(() => {
      const today = toJapanDate(now);
      // Scope changes purge: what this device holds but may no longer see is named, in the same snapshot.
      const removals = device ? this.holdings.takeRemovals(user, device.clientId, today) : undefined;
      if (device && this.holdings.takeRestart(user, device.clientId, today)) since = 0;
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
      return { page, cursor: String(cursor), hasMore, removals };
    });
    return run.immediate();
  }

  async importRecords(entries: readonly ImportEntry[], now: Date): Promise<void> {
    this.db.transaction(() => {
      let seq = this.records.maxSeq();
      for (const entry of entries) this.records.write(importRecord(entry, ++seq, now));
    })();
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
    if (this.db.open) this.groupCommit?.flush();
    await this.checkpointer.stop();
    if (this.db.open) this.db.close();
  }
}
