import pg from 'pg';
import type { DisasterReadResult } from '../sync/disaster-read.ts';
import type { User } from '../../src/schema/session.ts';
import type { Collection } from '../../src/schema/collections.ts';
import type { PulledChange, PullResponse, PushResult } from '../../src/schema/sync-protocol.ts';
import { importRecord } from './import-record.ts';
import { PgAccess } from './pg-access.ts';
import { PgAccounts } from './pg-accounts.ts';
import { readDisasterCases } from './pg-disaster.ts';
import { selectAudit } from './pg-audit.ts';
import { pullPage, readVisibleRecords } from './pg-pull.ts';
import { pushBatch } from './pg-push.ts';
import { replaceAccessRows, selectMaxSeq, toKey, upsertRecords } from './pg-records.ts';
import { preparePgSchema } from './pg-schema.ts';
import { claimServerKey } from './pg-server-keys.ts';
import { insertAuditEntry, selectStatsRecords } from './pg-stats.ts';
import { runTransaction } from './pg-transaction.ts';
import type { AuditEntry, ImportEntry, PullDevice, PushBatch, ServerKeyRow, StatsRecords, Store, StoredUser } from './store.ts';

const INT8_OID = 20;
const IMPORT_CHUNK = 2000;

// Sequences and times fit in a double (2^53); without this, pg returns BIGINT columns as strings.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** The store for larger deployments: PostgreSQL through a connection pool, one transaction per push batch. */
export class PgStore implements Store {
  private readonly accounts: PgAccounts;
  readonly access: PgAccess;

  private constructor(private readonly pool: pg.Pool) {
    this.accounts = new PgAccounts(pool);
    this.access = new PgAccess(pool);
  }

  /** Connects and creates the tables when missing. `connectionString` may carry `?options=-c search_path=…`. */
  static async open(connectionString: string, poolSize = 10): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString, max: poolSize, types });
    // An idle pooled connection that dies (database restart) must not take the server down; the next
    // query opens a fresh one.
    pool.on('error', (error) => console.error('[tsunagu] idle PostgreSQL connection lost:', error.message));
    try {
      await preparePgSchema(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PgStore(pool);
  }

  async isEmpty(): Promise<boolean> {
    const { rows } = await this.pool.query<{ empty: boolean }>(
      'SELECT NOT (EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM records)) AS empty',
    );
    return rows[0]!.empty;
  }

  async getMeta(key: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [key]);
    return rows[0]?.value ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.pool.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  claimServerKey(candidate: ServerKeyRow): Promise<ServerKeyRow> {
    return claimServerKey(this.pool, candidate);
  }

  createUser(user: StoredUser): Promise<void> {
    return this.accounts.createUser(user);
  }

  findUserByUsername(username: string): Promise<StoredUser | null> {
    return this.accounts.findUserByUsername(username);
  }

  createSession(session: { tokenHash: string; userId: string; expiresAt: Date }): Promise<void> {
    return this.accounts.createSession(session);
  }

  findSessionUser(tokenHash: string, now: Date): Promise<User | null> {
    return this.accounts.findSessionUser(tokenHash, now);
  }

  push(user: User, batch: PushBatch, now: Date): Promise<PushResult[]> {
    return runTransaction(this.pool, 'write', (client) => pushBatch(client, user, batch, now));
  }

  pull(user: User, since: number, limit: number, now: Date, device?: PullDevice): Promise<PullResponse> {
    return runTransaction(this.pool, 'read', (client) => pullPage(client, user, since, limit, now, device));
  }

  readRecords(user: User, collection: Collection, ids: readonly string[], now: Date): Promise<PulledChange['record'][]> {
    return runTransaction(this.pool, 'read', (client) => readVisibleRecords(client, user, collection, ids, now));
  }

  async importRecords(entries: readonly ImportEntry[], now: Date): Promise<void> {
    await runTransaction(this.pool, 'write', async (client) => {
      let seq = await selectMaxSeq(client);
      // One row per key (the last entry wins, as it would written one by one), in bounded statements.
      const byKey = new Map(entries.map((entry) => [toKey(entry.collection, entry.record.id), entry]));
      const records = [...byKey.values()].map((entry) => importRecord(entry, ++seq, now));
      for (let start = 0; start < records.length; start += IMPORT_CHUNK) {
        const chunk = records.slice(start, start + IMPORT_CHUNK);
        await upsertRecords(client, chunk);
        await replaceAccessRows(client, chunk.filter((record) => record.collection === 'cases'));
      }
    });
  }

  listAudit(filter: { userId?: string; action?: string } = {}): Promise<AuditEntry[]> {
    return selectAudit(this.pool, filter);
  }

  appendAudit(entry: AuditEntry): Promise<void> {
    return insertAuditEntry(this.pool, entry);
  }

  listStatsRecords(areas: readonly string[] | null): Promise<StatsRecords> {
    return runTransaction(this.pool, 'read', (client) => selectStatsRecords(client, areas));
  }

  readDisasterCases(user: User, eventId: string, now: Date): Promise<DisasterReadResult> {
    return runTransaction(this.pool, 'read', (client) => readDisasterCases(client, user, eventId, now));
  }

  private closing: Promise<void> | undefined;

  /** Waits for checked-out connections to come back, then closes the pool. */
  close(): Promise<void> {
    return (this.closing ??= this.pool.end());
  }
}
