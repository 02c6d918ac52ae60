import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach } from 'vitest';
import type { Store } from '../../../server/store/store.ts';
import { DEMO_ACCOUNTS } from '../../../server/seed/demo-users.ts';
import type { User } from '../../../src/schema/session.ts';
import type { Mutation, PulledChange, PushResult } from '../../../src/schema/sync-protocol.ts';
import type { StoreKind, TestDatabase } from './test-databases.ts';

/** A demo account as the store sees a signed-in user. */
export function userOf(username: string): User {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return { id: account.id, name: account.name, role: account.role, areas: [...account.areas] };
}

/** One device of one user, talking to the store directly (no HTTP). */
export class StoreClient {
  readonly clientId = `device-${randomUUID().slice(0, 8)}`;
  readonly user: User;
  constructor(readonly store: Store, username: string) {
    this.user = userOf(username);
  }

  push(...mutations: Mutation[]): Promise<PushResult[]> {
    return this.store.push(this.user, { clientId: this.clientId, mutations }, new Date());
  }

  /** Every change after `since`, page by page. */
  async pullAll(since = 0, limit = 1000): Promise<{ changes: PulledChange[]; cursor: number }> {
    const changes: PulledChange[] = [];
    let cursor = since;
    for (;;) {
      const page = await this.store.pull(this.user, cursor, limit, new Date());
      changes.push(...page.changes);
      cursor = Number(page.cursor);
      if (!page.hasMore) return { changes, cursor };
    }
  }

  /** Every pulled version of one record, oldest first. */
  async versionsOf(id: string): Promise<PulledChange['record'][]> {
    return (await this.pullAll()).changes.filter((c) => c.record.id === id).map((c) => c.record);
  }
}

/** A fresh database of `kind` for every test: `db()` and `store()` give the current one. */
export function useFreshDatabase(kind: StoreKind): { db: () => TestDatabase; store: () => Store } {
  let db: TestDatabase | undefined;
  let store: Store | undefined;
  beforeEach(async () => {
    db = await kind.create();
    store = await db.open();
  });
  afterEach(async () => {
    await db?.drop();
    db = undefined;
  });
  return { db: () => db!, store: () => store! };
}
