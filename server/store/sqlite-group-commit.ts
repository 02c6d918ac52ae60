import type Database from 'better-sqlite3';
import type { User } from '../../src/schema/session.ts';
import type { PushResult } from '../../src/schema/sync-protocol.ts';
import type { PushBatch } from './store.ts';

/** Applies one push batch inside the caller's transaction: its effects and remembered ids, no commit. */
export type ApplyBatch = (user: User, batch: PushBatch, now: Date) => PushResult[];

/** How a batch is answered: called once, synchronously, right after the commit holding it (or its failure). */
export type Answer = { resolve: (results: PushResult[]) => void; reject: (error: unknown) => void };

type Waiting = Answer & { user: User; batch: PushBatch; now: Date };

/**
 * A group's mutations, at most: past this the first batch of a group would wait too long for the last. One
 * batch alone may be larger (a push takes up to 1,000).
 */
const GROUP_MUTATIONS = 1000;

/**
 * Group commit: push batches that wait for the writer together are applied one after another in one
 * `BEGIN IMMEDIATE` transaction, so they share one commit — with synchronous=FULL, one WAL fsync — instead of
 * each paying its own. Every batch still gets exactly its own results, and only once the commit that holds
 * them is durable. Should any batch fail, the whole transaction rolls back (nothing of the group is written or
 * answered) and each batch runs again in a transaction of its own, so a failure is that batch's alone.
 */
export class GroupCommit {
  private waiting: Waiting[] = [];

  constructor(
    private readonly db: Database.Database,
    private readonly applyBatch: ApplyBatch,
    /** Runs after each commit, before the answers go out. */
    private readonly afterCommit: () => void,
  ) {}

  push(user: User, batch: PushBatch, now: Date): Promise<PushResult[]> {
    return new Promise((resolve, reject) => this.enqueue(user, batch, now, { resolve, reject }));
  }

  /**
   * `push` with the answer as callbacks: the writer thread posts each group's answers as soon as its commit
   * returns, not after every group then waiting (promises would settle only once `flush` is done).
   */
  enqueue(user: User, batch: PushBatch, now: Date, answer: Answer): void {
    this.waiting.push({ user, batch, now, ...answer });
    // After this turn of the event loop, so requests parsed (or, in the writer thread, received) meanwhile join the group.
    if (this.waiting.length === 1) setImmediate(() => this.flush());
  }

  /** Applies and commits everything waiting, in groups, in arrival order. */
  flush(): void {
    while (this.waiting.length > 0) this.commitGroup(this.takeGroup());
  }

  private takeGroup(): Waiting[] {
    let size = 0;
    let count = 0;
    while (count < this.waiting.length && (count === 0 || size + this.waiting[count]!.batch.mutations.length <= GROUP_MUTATIONS)) {
      size += this.waiting[count]!.batch.mutations.length;
      count++;
    }
    return this.waiting.splice(0, count);
  }

  private commitGroup(group: Waiting[]): void {
    let results: PushResult[][];
    try {
      results = this.db.transaction(() => group.map((w) => this.applyBatch(w.user, w.batch, w.now))).immediate();
    } catch (error) {
      if (group.length === 1) return group[0]!.reject(error);
      for (const waiting of group) this.commitGroup([waiting]);
      return;
    }
    this.afterCommit();
    group.forEach((waiting, i) => waiting.resolve(results[i]!));
  }
}
