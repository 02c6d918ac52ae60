import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

// A commit appends to the WAL (and, with synchronous=FULL, fsyncs it); the database file itself is written when
// the WAL is copied back into it (a checkpoint). Left to SQLite, that happens inside whichever commit crosses 1,000 pages — every second
// push batch — and on a slow disk its fsyncs take longer than the batch, stalling every request queued behind it
// (better-sqlite3 is synchronous). So a second connection in a worker thread checkpoints beside the writer: once
// the writer's commits pause (it says when it commits), and at an interval under unbroken writes.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
const checkpoint = () => db.open && db.pragma('wal_checkpoint(PASSIVE)');
const timer = setInterval(checkpoint, workerData.intervalMs);
let quiet = null;
parentPort.on('message', (message) => {
  if (message === 'commit') {
    clearTimeout(quiet);
    quiet = setTimeout(checkpoint, workerData.quietMs);
    return;
  }
  clearInterval(timer);
  clearTimeout(quiet);
  db.close();
  parentPort.close();
});
`;

/**
 * Under unbroken writes, a checkpoint at most this often. Each copies back what the WAL holds by then, so pages
 * written again and again meanwhile (the indexes' upper pages, the sequence) are copied and fsynced once per
 * interval, not once per commit. The push bench (4 clients, batches of 100 back to back) measured a checkpoint
 * after every commit at p50 ~30 ms, p99 45–57 ms and 10.6 ms of server CPU per batch; this at p50 ~23 ms, p99
 * 39–43 ms, 8.4 ms (500 ms: p99 40–50; less often gained nothing clear, and the WAL grows meanwhile: ~1 MB per batch).
 */
const INTERVAL_MS = 1000;
/** Commits that pause this long are checkpointed then, so the next commit starts the WAL over (a short file). */
const QUIET_MS = 20;
/**
 * Past 1 GB the writer checkpoints itself after a commit (the frames the worker has not copied yet, then two
 * fsyncs); nothing writes meanwhile, so it completes. That is a stall of every queued request, so it is kept to
 * bound the WAL should the worker stop.
 */
const WRITER_CHECKPOINT_PAGES = 262_144;
/**
 * Once the WAL starts over, a file grown past this is cut back to it. Well above what steady pushes grow it to
 * (~26 MB a second at 5,000 mutations/s, and a checkpoint running meanwhile lets it reach two or three times
 * that): cutting the file back and growing it again made the fsyncs of the commits after it stall on this
 * machine's disk (ext4 mounted with discard) — in 30 s runs of the push load at 5,000 mutations/s, commits over
 * 40 ms numbered 30, 5, 11 and 0 with a 64 MB limit (p99 196, 212, 893, 24 ms), 0, 7, 0 and 1 without one
 * (p99 25, 130, 24, 27 ms).
 */
const WAL_SIZE_LIMIT_BYTES = 512 * 1024 * 1024;

export type Checkpointer = {
  /** A commit was made: a checkpoint follows once commits pause for QUIET_MS (or at the interval). */
  noteCommit(): void;
  stop(): Promise<void>;
};

/**
 * Leaves routine checkpoints of a connection's commits to the checkpoint worker (per connection: the store's own
 * and its writer thread's, sqlite-writer-thread.ts).
 */
export function leaveCheckpointsToWorker(db: Database.Database): void {
  db.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
}

/** Moves routine checkpoints of `file` off `db`'s thread; an in-memory database has no WAL and is left alone. */
export function startCheckpointer(db: Database.Database, file: string, { intervalMs = INTERVAL_MS, quietMs = QUIET_MS } = {}): Checkpointer {
  if (db.memory) return { noteCommit() {}, stop: async () => {} };
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, intervalMs, quietMs } });
  worker.unref();
  leaveCheckpointsToWorker(db);
  let running = true;
  const exited = once(worker, 'exit').catch(() => {});
  // A worker that fails just stops; the writer's own checkpoints keep the WAL bounded.
  worker.on('error', (error) => console.error('[sqlite] checkpoint worker stopped:', error));
  worker.on('exit', () => (running = false));
  return {
    noteCommit() {
      if (running) worker.postMessage('commit');
    },
    async stop() {
      // Unreferenced, the worker would not keep the process alive while it closes, and a caller awaiting stop()
      // with nothing else pending would end in Node's "unsettled top-level await" (exit code 13).
      worker.ref();
      if (running) worker.postMessage('stop');
      await exited;
    },
  };
}
