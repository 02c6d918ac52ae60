import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { User } from '../../src/schema/session.ts';
import type { PushResult } from '../../src/schema/sync-protocol.ts';
import type { Answer } from './sqlite-group-commit.ts';
import type { WriterData, WriterReply, WriterRequest } from './sqlite-writer-protocol.ts';
import type { PushBatch } from './store.ts';

// better-sqlite3 is synchronous: applying a push batch and its commit's fsync block the thread that runs them.
// On the event loop that is every other request's wait too; in a writer thread of its own, the event loop goes
// on reading, parsing and answering requests meanwhile, and the 2 cores both work. SQLite still has one writer
// at a time (WAL), so sequences are still handed out in commit order; the store's own connection keeps reads
// and its few other writes (sessions, audited pulls, imports), which wait for the writer's lock like a second
// server's would (busy_timeout).

/** The writer thread's bundle, beside the server's bundle (scripts/build.mjs, scripts/lib/run-typescript.mjs). */
const BUNDLE_NAME = 'sqlite-writer.mjs';

/**
 * The writer thread's entry beside the running bundle, or null when there is none: run from source (tests under
 * vitest), the store writes on its own connection, as before.
 */
export function locateWriterThread(): URL | null {
  const entry = new URL(`./${BUNDLE_NAME}`, import.meta.url);
  if (existsSync(entry)) return entry;
  if (!import.meta.url.endsWith('.ts')) console.warn(`[sqlite] ${fileURLToPath(entry)} is missing: pushes are written on the event loop`);
  return null;
}

/**
 * Sends push batches to a writer thread, which applies them (group commit) and answers each once its commit is
 * durable. Should the thread die — mid-batch included — its open transaction is rolled back as its connection
 * closes, so no batch is left half-written; every batch it had not answered is rejected (the request fails,
 * the tablet keeps its outbox and sends again: what had committed is then a duplicate), and the next push
 * starts a new thread.
 */
export class SqliteWriter {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Answer>();
  private nextId = 0;
  private isClosed = false;

  constructor(
    private readonly entry: URL,
    private readonly file: string,
    /** Runs after each commit, before its answer goes out (a checkpoint request). */
    private readonly afterCommit: () => void,
  ) {
    this.worker = this.start();
  }

  push(user: User, batch: PushBatch, now: Date): Promise<PushResult[]> {
    if (this.isClosed) return Promise.reject(new Error('the store is closed'));
    const worker = (this.worker ??= this.start());
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      // Referenced only while a push waits: an idle writer does not keep the process alive.
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ kind: 'push', id, user, batch, now } satisfies WriterRequest);
    });
  }

  /** Commits and answers every push sent before, then ends the thread. */
  async close(): Promise<void> {
    this.isClosed = true;
    const worker = this.worker;
    if (!worker) return;
    worker.ref();
    const exited = once(worker, 'exit');
    worker.postMessage({ kind: 'close' } satisfies WriterRequest);
    await exited;
  }

  private start(): Worker {
    const worker = new Worker(this.entry, { workerData: { file: this.file } satisfies WriterData });
    worker.unref();
    worker.on('message', (reply: WriterReply) => this.receive(worker, reply));
    // The stack only: a batch's data never reaches the log.
    worker.on('error', (error) => console.error('[sqlite] writer thread failed:', error.stack ?? error.name));
    worker.on('exit', (code) => this.stopped(worker, code));
    return worker;
  }

  private receive(worker: Worker, reply: WriterReply): void {
    const answer = this.pending.get(reply.id);
    if (!answer) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) worker.unref();
    if (reply.kind === 'pushed') {
      this.afterCommit();
      answer.resolve(reply.results);
    } else {
      const error = new Error(reply.message);
      if (reply.stack) error.stack = reply.stack;
      answer.reject(error);
    }
  }

  /** Every answer the thread had sent arrived before this (Node drains its port first). */
  private stopped(worker: Worker, code: number): void {
    if (this.worker === worker) this.worker = null;
    if (this.pending.size === 0) return;
    const error = new Error(`the SQLite writer thread stopped (exit code ${code}) before answering`);
    for (const answer of this.pending.values()) answer.reject(error);
    this.pending.clear();
  }
}
