import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

// A commit appends to the WAL (and, with synchronous=FULL, fsyncs it); the database file itself is written when
// the WAL is copied back into it (a checkpoint). Left to SQLite, that happens inside whichever commit crosses 1,000 pages — every second
// push batch — and on a slow disk its fsyncs take longer than the batch, stalling every request queued behind it
// (better-sqlite3 is synchronous). So a second connection in a worker thread checkpoints beside the writer.
// Besides its interval, the worker checkpoints when the writer asks after a push commit (requests that arrive
// together make one checkpoint).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
const checkpoint = () => db.open && db.pragma('wal_checkpoint(PASSIVE)');
const timer = setInterval(checkpoint, workerData.intervalMs);
let isAsked = false;
parentPort.on('message', (message) => {
  if (message === 'checkpoint') {
    if (!isAsked) setImmediate(() => { isAsked = false; checkpoint(); });
    isAsked = true;
    return;
  }
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

const INTERVAL_MS = 100;
/**
 * A passive checkpoint never waits, so under unbroken writes it never quite catches up, and the WAL only starts
 * over once one has: any pause in writes longer than a checkpoint lets the next commit start it over. So the
 * writer also asks for a checkpoint after each push commit (`requestCheckpoint`): under sustained pushes (the
 * bench: ~1 MB of WAL per batch of 100) it then usually catches up while the server reads the next requests, and
 * the WAL starts over instead of growing. That matters for the commits themselves: one that rewrites the WAL's
 * first pages is fsynced faster than one that grows the file (here fdatasync of 1 MB: ~0.5 ms against ~1.2 ms,
 * and a shorter tail), and the bench's commits took ~1.5 ms per batch instead of ~1.9. Should the WAL grow
 * meanwhile, that costs only disk.
 * Past 1 GB the writer checkpoints itself after a commit (the frames the worker has not copied yet, then two
 * fsyncs); nothing writes meanwhile, so it completes. That is a stall of every queued request — at 64 MB it came
 * every ~65 batches, and was the push's worst latencies — so it is kept to bound the WAL should the worker stop.
 */
const WRITER_CHECKPOINT_PAGES = 262_144;
/** Once the WAL starts over, a file grown past this is cut back to it. */
const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

export type Checkpointer = {
  /** A checkpoint soon, beside the writer (after a commit: the sooner the WAL is copied, the sooner it starts over). */
  requestCheckpoint(): void;
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
export function startCheckpointer(db: Database.Database, file: string, { intervalMs = INTERVAL_MS } = {}): Checkpointer {
  if (db.memory) return { requestCheckpoint() {}, stop: async () => {} };
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, intervalMs } });
  worker.unref();
  leaveCheckpointsToWorker(db);
  let running = true;
  const exited = once(worker, 'exit').catch(() => {});
  // A worker that fails just stops; the writer's own checkpoints keep the WAL bounded.
  worker.on('error', (error) => console.error('[sqlite] checkpoint worker stopped:', error));
  worker.on('exit', () => (running = false));
  return {
    requestCheckpoint() {
      if (running) worker.postMessage('checkpoint');
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
