import type pg from 'pg';

/** `write`: under the writers' lock; `read`: a REPEATABLE READ snapshot; `{ lock }`: under an advisory lock of its own. */
export type TransactionKind = 'write' | 'read' | { lock: string };

/** unique_violation, serialization_failure, deadlock_detected: the whole transaction may simply run again. */
const RETRYABLE = new Set(['23505', '40001', '40P01']);
const MAX_ATTEMPTS = 3;

// WHY every writing transaction takes one advisory lock first: pull pages walk records.seq and hand the
// client the last seq as its cursor. If two writers could hold seqs at once, the one with the lower seq might
// commit after a reader had already moved its cursor past the higher one, and that change would never be
// pulled (DESIGN.md §4, guarantee 3). Under this lock, seqs are allocated as max(seq) + 1 and the lock is
// released only after the commit is visible, so seq order is commit order: whatever seq a reader sees, every
// lower seq is already committed. The lock is per schema (several databases can share one server) and is
// released automatically at COMMIT, ROLLBACK or a lost connection. It serialises writers, as SQLite does.
const LOCK_WRITERS = "SELECT pg_advisory_xact_lock(hashtext('tsunagu-writes:' || current_schema()))";

// Reads run in REPEATABLE READ so every query of one pull sees the same snapshot: the page and the
// "nothing more after this" cursor must agree, or a commit between them could be skipped.
const beginOf = (kind: TransactionKind) => (kind === 'read' ? 'BEGIN ISOLATION LEVEL REPEATABLE READ' : 'BEGIN');

async function takeLock(client: pg.PoolClient, kind: TransactionKind): Promise<void> {
  if (kind === 'write') await client.query(LOCK_WRITERS);
  else if (kind !== 'read') await client.query("SELECT pg_advisory_xact_lock(hashtext($1 || ':' || current_schema()))", [kind.lock]);
}

function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && RETRYABLE.has(String((error as { code?: unknown }).code));
}

/**
 * Runs `work` in one transaction on one pooled connection, retrying it whole when PostgreSQL reports a race
 * (e.g. the same mutation id inserted by a writer outside this server): the retry then reads the winner's
 * row and answers `duplicate`, so nothing is applied twice.
 */
export async function runTransaction<T>(pool: pg.Pool, kind: TransactionKind, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let isBroken = false;
    try {
      await client.query(beginOf(kind));
      await takeLock(client, kind);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      isBroken = !(await client.query('ROLLBACK').then(() => true, () => false));
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
    } finally {
      client.release(isBroken);
    }
  }
}
