import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../server/start-server.ts';
import type { Mutation, PushResult } from '../../../src/schema/sync-protocol.ts';
import { makeCaseFields, makeMutation, makeResourceFields, makeVisitFields } from '../fixtures.ts';
import { signIn, type TestClient } from '../harness.ts';
import { STORE_KINDS, titleFor, type TestDatabase } from '../store/test-databases.ts';

type Outcome = { mutation: Mutation; result: PushResult };
type Seen = { id: string; rev: number };

/** Twenty batches: a new case with a visit, a new resource, and an edit of the case made two batches before. */
async function pushRounds(client: TestClient): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const cases: Outcome[] = [];
  for (let round = 0; round < 20; round++) {
    const caseId = randomUUID();
    const mutations = [
      makeMutation({ collection: 'cases', recordId: caseId, fields: makeCaseFields() }),
      makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(caseId) }),
      makeMutation({ collection: 'resources', recordId: randomUUID(), fields: makeResourceFields() }),
    ];
    const earlier = cases.at(-2);
    if (earlier) mutations.push(makeMutation({ collection: 'cases', recordId: earlier.mutation.recordId, baseRev: earlier.result.rev!, fields: { notes: `round ${round}` } }));
    const results = await client.push(...mutations);
    const round_ = mutations.map((mutation, i) => ({ mutation, result: results[i]! }));
    outcomes.push(...round_);
    cases.push(round_[0]!);
  }
  return outcomes;
}

/** Pages with limit 5 until the pushers have finished and a page begun after that reports no more. */
async function pageUntilQuiet(client: TestClient, isPushing: () => boolean): Promise<Seen[]> {
  const seen: Seen[] = [];
  let cursor = '';
  for (;;) {
    const wasPushing = isPushing();
    const page = await client.pull(cursor, 5);
    seen.push(...page.changes.map((c) => ({ id: c.record.id, rev: c.record.rev })));
    cursor = page.cursor;
    if (!page.hasMore && !wasPushing) return seen;
  }
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Pull while others push', kind), () => {
    let db: TestDatabase;
    const servers: RunningServer[] = [];
    afterEach(async () => {
      await Promise.all(servers.splice(0).map((s) => s.close()));
      await db.drop();
    });

    it('skips no change when six tablets push through two servers on one database while a seventh pages', async () => {
      db = await kind.create();
      for (let i = 0; i < 2; i++) {
        const options = { port: 0, ...db.location, demo: { cases: 0, resources: 0, withVisits: false }, staticDir: join(db.location.dataDir, 'no-app') };
        servers.push(await startServer(options));
      }
      const pushers = await Promise.all(Array.from({ length: 6 }, (_, i) => signIn(servers[i % 2]!.url, 'yokosuka')));
      const reader = await signIn(servers[0]!.url, 'yokosuka');
      let pushing = true;
      const pushed = Promise.all(pushers.map(pushRounds)).finally(() => (pushing = false));
      const [seen, outcomes] = await Promise.all([pageUntilQuiet(reader, () => pushing), pushed]);

      const revs = seen.map((s) => s.rev);
      expect(revs).toEqual([...new Set(revs)].sort((x, y) => x - y));
      const latest = new Map(seen.map((s) => [s.id, s.rev]));
      const applied = outcomes.flat().filter((o) => o.result.status !== 'rejected');
      expect(applied).toHaveLength(6 * (20 * 4 - 2));
      expect(applied.filter(({ mutation, result }) => (latest.get(mutation.recordId) ?? -1) < result.rev!)).toEqual([]);
    });
  });
}
