import type { User } from '../../src/schema/session.ts';
import type { PushResult } from '../../src/schema/sync-protocol.ts';
import type { PushBatch } from './store.ts';

// The messages between the SqliteStore (sqlite-writer.ts) and its writer thread (sqlite-writer-thread.ts),
// structured-cloned by postMessage.

/** What the writer thread needs to open the database. */
export type WriterData = { file: string };

export type WriterRequest =
  | { kind: 'push'; id: number; user: User; batch: PushBatch; now: Date }
  /** Commit and answer everything received, close the connection, end the thread. */
  | { kind: 'close' };

export type WriterReply =
  /** Sent only once the transaction holding the batch has committed (synchronous=FULL: fsynced). */
  | { kind: 'pushed'; id: number; results: PushResult[] }
  /** The batch's own transaction failed and was rolled back: nothing of it was written. */
  | { kind: 'failed'; id: number; message: string; stack: string | undefined };
