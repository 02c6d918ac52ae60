import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../server/start-server.ts';
import { makeCaseFields, makeMutation, makeVisitFields } from '../fixtures.ts';
import { signIn, TestClient } from '../harness.ts';
import { STORE_KINDS, titleFor, type TestDatabase } from '../store/test-databases.ts';
import { startDroppingProxy, type DroppingProxy } from './response-dropping-proxy.ts';

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Lost push response', kind), () => {
    let db: TestDatabase;
    let server: RunningServer;
    let proxy: DroppingProxy;
    afterEach(async () => {
      await proxy.close();
      await server.close();
      await db.drop();
    });

    async function start() {
      db = await kind.create();
      server = await startServer({
        port: 0, ...db.location, demo: { cases: 0, resources: 0, withVisits: false }, staticDir: join(db.location.dataDir, 'no-app'),
      });
      proxy = await startDroppingProxy(server.url);
      const direct = await signIn(server.url, 'yokosuka');
      // The same device (token and clientId) reaches the server through the flaky network or directly.
      const flaky = Object.assign(new TestClient(proxy.url, direct.token), { clientId: direct.clientId });
      return { direct, flaky };
    }

    it('answers the replay of a push whose response was lost after commit as duplicate, applying nothing twice', async () => {
      const { direct, flaky } = await start();
      const { cursor: before } = await direct.pullAll();
      const caseId = randomUUID();
      const batch = [
        makeMutation({ collection: 'cases', recordId: caseId, fields: makeCaseFields({ notes: '一度だけ' }) }),
        ...Array.from({ length: 20 }, () => makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(caseId) })),
      ];
      await expect(flaky.push(...batch)).rejects.toThrow();
      expect(proxy.dropped).toBe(1);
      const committed = await direct.pullAll(before);
      expect(committed.changes).toHaveLength(21);

      const replay = await direct.push(...batch);
      expect(new Set(replay.map((r) => r.status))).toEqual(new Set(['duplicate']));
      expect(replay.map((r) => r.rev)).toEqual(committed.changes.map((c) => c.record.rev));
      expect((await direct.pullAll(committed.cursor)).changes).toEqual([]);
    });

    it('keeps an edit exactly once when its response is lost twice and a later edit lands in between', async () => {
      const { direct, flaky } = await start();
      const recordId = randomUUID();
      const [created] = await direct.push(makeMutation({ collection: 'cases', recordId, fields: makeCaseFields() }));
      const edit = makeMutation({ collection: 'cases', recordId, baseRev: created!.rev!, fields: { notes: '車内で記入' } });
      await expect(flaky.push(edit)).rejects.toThrow();
      await expect(flaky.push(edit)).rejects.toThrow();
      const [later] = await direct.push(makeMutation({ collection: 'cases', recordId, baseRev: created!.rev!, fields: { school: 'しけん学校' } }));
      proxy.isDropping = false;
      const [replayed] = await flaky.push(edit);
      expect(replayed).toMatchObject({ status: 'duplicate', rev: created!.rev! + 1 });
      const { changes } = await direct.pullAll();
      expect(changes).toEqual([expect.objectContaining({ record: expect.objectContaining({ notes: '車内で記入', school: 'しけん学校', rev: later!.rev }) })]);
    });
  });
}
