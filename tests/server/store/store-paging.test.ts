import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../server/store/store.ts';
import type { Mutation, PushResult } from '../../../src/schema/sync-protocol.ts';
import { makeMutation, makeResourceFields } from '../fixtures.ts';
import { userOf, useFreshDatabase } from './store-client.ts';
import { STORE_KINDS, titleFor } from './test-databases.ts';

const admin = userOf('admin');
const coordinator = userOf('yokosuka');

type Seen = { id: string; rev: number };

/** One writer: rounds of three new resources plus an edit of one it made earlier, each round one batch. */
async function writeRounds(store: Store, rounds: number): Promise<{ mutation: Mutation; result: PushResult }[]> {
  const done: { mutation: Mutation; result: PushResult }[] = [];
  for (let round = 0; round < rounds; round++) {
    const mutations = Array.from({ length: 3 }, () => makeMutation({ collection: 'resources', recordId: randomUUID(), fields: makeResourceFields() }));
    const earlier = done.at(-2);
    if (earlier) {
      mutations.push(makeMutation({ collection: 'resources', recordId: earlier.mutation.recordId, baseRev: earlier.result.rev!, fields: { vacancy: round } }));
    }
    const results = await store.push(coordinator, { clientId: `writer-${round}`, mutations }, new Date());
    done.push(...mutations.map((mutation, i) => ({ mutation, result: results[i]! })));
  }
  return done;
}

/** Pages with a small limit until the writers have finished and a page started after that says no more. */
async function pageUntilQuiet(store: Store, isWriting: () => boolean): Promise<{ seen: Seen[]; pages: number }> {
  const seen: Seen[] = [];
  let cursor = 0;
  for (let pages = 1; ; pages++) {
    const wasWriting = isWriting();
    const page = await store.pull(admin, cursor, 3, new Date());
    seen.push(...page.changes.map((c) => ({ id: c.record.id, rev: c.record.rev })));
    cursor = Number(page.cursor);
    if (!page.hasMore && !wasWriting) return { seen, pages };
  }
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Store paging', kind), () => {
    const { db, store } = useFreshDatabase(kind);

    it('sees every committed change, in rev order and once, while four connections push concurrently', async () => {
      const writers = await Promise.all(Array.from({ length: 4 }, () => db().open()));
      let writing = true;
      const written = Promise.all(writers.map((writer) => writeRounds(writer, 25))).finally(() => (writing = false));
      const [{ seen, pages }, outcomes] = await Promise.all([pageUntilQuiet(store(), () => writing), written]);

      const revs = seen.map((s) => s.rev);
      expect(revs).toEqual([...new Set(revs)].sort((x, y) => x - y));
      const latest = new Map(seen.map((s) => [s.id, s.rev]));
      const applied = outcomes.flat().filter((o) => o.result.status === 'applied' || o.result.status === 'merged');
      expect(applied).toHaveLength(4 * (25 * 4 - 1));
      const missed = applied.filter(({ mutation, result }) => (latest.get(mutation.recordId) ?? -1) < result.rev!);
      expect(missed).toEqual([]);
      expect(pages).toBeGreaterThan(20);
    });

    it('applies a mutation raced on two connections once: one answer applied, the other duplicate', async () => {
      const [first, second] = await Promise.all([db().open(), db().open()]);
      const mutation = makeMutation({ collection: 'resources', recordId: randomUUID(), fields: makeResourceFields() });
      const request = { clientId: 'flaky-tablet', mutations: [mutation] };
      const answers = await Promise.all([first.push(coordinator, request, new Date()), second.push(coordinator, request, new Date())]);
      expect(answers.map(([r]) => r!.status).sort()).toEqual(['applied', 'duplicate']);
      expect(answers[0]![0]!.rev).toBe(answers[1]![0]!.rev);
      const page = await store().pull(admin, 0, 10, new Date());
      expect(page.changes.map((c) => c.record.rev)).toEqual([answers[0]![0]!.rev]);
      expect(page.cursor).toBe(String(answers[0]![0]!.rev));
    });

    it('pages a quiet store exactly once with a cursor that stays put when nothing changed', async () => {
      const ids = Array.from({ length: 10 }, () => randomUUID());
      await store().push(coordinator, { clientId: 'a', mutations: ids.map((recordId) => makeMutation({ collection: 'resources', recordId, fields: makeResourceFields() })) }, new Date());
      const { seen, pages } = await pageUntilQuiet(store(), () => false);
      expect(seen.map((s) => s.id)).toEqual(ids);
      expect(pages).toBe(4);
      const again = await store().pull(admin, seen.at(-1)!.rev, 3, new Date());
      expect(again).toEqual({ changes: [], cursor: String(seen.at(-1)!.rev), hasMore: false });
    });
  });
}
