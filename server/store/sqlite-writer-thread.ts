import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { setJapaneseValidationMessages } from '../http/validation-language.ts';
import { leaveCheckpointsToWorker } from './sqlite-checkpointer.ts';
import { GroupCommit } from './sqlite-group-commit.ts';
import { SqlitePush } from './sqlite-push.ts';
import { prepareDatabase } from './sqlite-schema.ts';
import type { WriterData, WriterReply, WriterRequest } from './sqlite-writer-protocol.ts';

// WARNING: the entry of a worker thread, bundled on its own (dist-server/sqlite-writer.mjs by scripts/build.mjs,
// beside any bundle scripts/lib/run-typescript.mjs makes). It applies and commits push batches on a connection of
// its own, so the event loop goes on reading, parsing and answering requests meanwhile (sqlite-writer.ts).

// zod's settings are per thread: a refused field's reason, written here, is Japanese as on the server's thread.
setJapaneseValidationMessages();

const port = parentPort!;
const { file } = workerData as WriterData;
const db = new Database(file);
// The same pragmas as the store's own connection (they are per connection): WAL, synchronous=FULL, busy
// timeout, the audit chain's SQL function; routine checkpoints are the checkpoint worker's.
prepareDatabase(db);
leaveCheckpointsToWorker(db);
// Durability is why this thread answers only after a commit: refuse to run on a connection that does not fsync it.
if (db.pragma('synchronous', { simple: true }) !== 2 || db.pragma('journal_mode', { simple: true }) !== 'wal') {
  throw new Error('the SQLite writer connection is not WAL with synchronous=FULL');
}
const pusher = new SqlitePush(db);
// Batches that arrive while a group commits queue in this thread's port; the next group takes all of them.
const groupCommit = new GroupCommit(db, (user, batch, now) => pusher.applyBatch(user, batch, now), () => {});

const reply = (message: WriterReply) => port.postMessage(message);

port.on('message', (request: WriterRequest) => {
  if (request.kind === 'close') {
    groupCommit.flush();
    db.close();
    process.exit(0);
  }
  const { id } = request;
  groupCommit.enqueue(request.user, request.batch, request.now, {
    resolve: (results) => reply({ kind: 'pushed', id, results }),
    reject: (error) => {
      const { message, stack } = error instanceof Error ? error : new Error(String(error));
      reply({ kind: 'failed', id, message, stack });
    },
  });
});
