import type Database from 'better-sqlite3';
import type { ChainedAuditRow } from '../audit/audit-chain.ts';
import type { AuditQuery } from './access-store.ts';

const COLUMNS = `seq, at, user_id AS userId, action, collection, record_id AS recordId, detail, prev_hash AS prevHash, hash`;

type Filter = { userId: string | null; action: string | null; recordId: string | null; from: string | null; to: string | null; limit: number };

/** Reads of the hash-chained audit log (the chain itself is written by a trigger; see sqlite-access-schema.ts). */
export class SqliteAuditLog {
  private readonly filtered: Database.Statement<[Filter], ChainedAuditRow>;
  private readonly chain: Database.Statement<[], ChainedAuditRow>;

  constructor(db: Database.Database) {
    this.filtered = db.prepare(
      `SELECT ${COLUMNS} FROM audit_log
       WHERE (@userId IS NULL OR user_id = @userId) AND (@action IS NULL OR action = @action)
         AND (@recordId IS NULL OR record_id = @recordId)
         AND (@from IS NULL OR at >= @from) AND (@to IS NULL OR at < @to)
       ORDER BY seq DESC LIMIT @limit`,
    );
    this.chain = db.prepare(`SELECT ${COLUMNS} FROM audit_log ORDER BY seq`);
  }

  /** Newest first. */
  list(query: AuditQuery): ChainedAuditRow[] {
    return this.filtered.all({
      userId: query.userId ?? null, action: query.action ?? null, recordId: query.recordId ?? null,
      from: query.from ?? null, to: query.to ?? null, limit: query.limit,
    });
  }

  readChain(): ChainedAuditRow[] {
    return this.chain.all();
  }
}
