import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Mutation, PushResult } from '../../../src/schema/sync-protocol.ts';
import { makeCaseFields, makeMutation, makeVisitFields } from '../fixtures.ts';
import { signIn, startTestServer, type TestServer } from '../harness.ts';
import { STORE_KINDS, titleFor, type TestDatabase } from '../store/test-databases.ts';

const ROUNDS = 5;

const visitsOf = (caseId: string, count: number) =>
  Array.from({ length: count }, () => makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(caseId) }));

// Pushes that arrive together wait for the writer together; on SQLite they share one transaction and one commit
// (server/store/sqlite-group-commit.ts). Whatever the grouping, each request is answered as if it were alone.
for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Concurrent pushes', kind), () => {
    let db: TestDatabase;
    let server: TestServer;
    afterEach(async () => {
      await server.stop();
      await db.drop();
    });

    it('answers each of four simultaneous pushes with its own results: a rejection, and a replay racing its original', async () => {
      db = await kind.create();
      server = await startTestServer(db.location);
      const tablets = await Promise.all(Array.from({ length: 4 }, () => signIn(server.url, 'yokosuka')));
      const caseId = randomUUID();
      expect((await tablets[0]!.push(makeMutation({ collection: 'cases', recordId: caseId, fields: makeCaseFields() })))[0]?.status).toBe('applied');

      const sent: Mutation[][] = [];
      const answers: PushResult[][] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const racing = makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(caseId) });
        const invalid = makeMutation({ collection: 'visits', recordId: randomUUID(), fields: { ...makeVisitFields(caseId), kind: 'teleport' } });
        const batches = [[...visitsOf(caseId, 20), invalid], [racing], [racing, ...visitsOf(caseId, 5)], visitsOf(caseId, 20)];
        sent.push(...batches);
        answers.push(...(await Promise.all(batches.map((batch, i) => tablets[i]!.push(...batch)))));

        const [, [first], [second]] = answers.slice(-4) as [PushResult[], PushResult[], PushResult[]];
        expect([first!.status, second!.status].sort()).toEqual(['applied', 'duplicate']);
        expect(second!.rev).toBe(first!.rev);
        expect(answers.at(-4)!.at(-1)).toMatchObject({ id: invalid.id, status: 'rejected', error: { field: 'kind' } });
      }

      // Each answer lists exactly its own request's mutations, in order.
      expect(answers.map((results) => results.map((result) => result.id))).toEqual(sent.map((batch) => batch.map((m) => m.id)));
      const applied = answers.flat().filter((result) => result.status === 'applied');
      expect(applied).toHaveLength(ROUNDS * (20 + 1 + 5 + 20));
      expect(new Set(applied.map((result) => result.rev)).size).toBe(applied.length);

      const { changes } = await tablets[3]!.pullAll();
      const visits = changes.filter((change) => change.collection === 'visits');
      expect(visits).toHaveLength(applied.length);
      expect(new Set(visits.map((change) => change.record.rev))).toEqual(new Set(applied.map((result) => result.rev)));
    });
  });
}
