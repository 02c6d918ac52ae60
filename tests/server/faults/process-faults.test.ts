import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation, PulledChange } from '../../../src/schema/sync-protocol.ts';
import { makeCaseFields, makeMutation, makeResourceFields, makeVisitFields } from '../fixtures.ts';
import { signIn, type TestClient } from '../harness.ts';
import { STORE_KINDS, titleFor, type TestDatabase } from '../store/test-databases.ts';
import { pushInTwoHalves } from './push-in-two-halves.ts';
import { ensureServerBundle, seedAccounts, startServerProcess, stopServerProcess, type ServerProcess } from './server-process.ts';

const BATCHES = 8;
const PER_BATCH = 250;

type Batch = { marker: string; phone: string; caseIds: string[]; visitIds: string[]; mutations: Mutation[] };

/** Batch b edits three fields of its own 250 cases (baseRev as created) and adds a visit to each. */
function makeBatches(cases: { id: string; rev: number }[]): Batch[] {
  return Array.from({ length: BATCHES }, (_, b) => {
    const mine = cases.slice(b * PER_BATCH, (b + 1) * PER_BATCH);
    const marker = `batch-${b}`;
    const phone = `046-000-${1000 + b}`;
    const visitIds = mine.map(() => randomUUID());
    const edits = mine.map((c) => makeMutation({ collection: 'cases', recordId: c.id, baseRev: c.rev, fields: { phone, school: marker, notes: marker } }));
    const visits = mine.map((c, i) => makeMutation({ collection: 'visits', recordId: visitIds[i]!, fields: makeVisitFields(c.id, { note: marker }) }));
    return { marker, phone, caseIds: mine.map((c) => c.id), visitIds, mutations: [...edits, ...visits] };
  });
}

async function createCases(client: TestClient, count: number) {
  const mutations = Array.from({ length: count }, () => makeMutation({ collection: 'cases', recordId: randomUUID(), fields: makeCaseFields() }));
  const created: { id: string; rev: number }[] = [];
  for (let i = 0; i < count; i += 1000) {
    const results = await client.push(...mutations.slice(i, i + 1000));
    created.push(...results.map((r, j) => ({ id: mutations[i + j]!.recordId, rev: r.rev! })));
  }
  return created;
}

/** How much of a batch the database holds: cases with all three edited fields, with only some, and visits. */
function countApplied(batch: Batch, latest: Map<string, PulledChange['record']>) {
  const edited = batch.caseIds.map((id) => {
    const c = latest.get(id)!;
    return [c.phone === batch.phone, c.school === batch.marker, c.notes === batch.marker].filter(Boolean).length;
  });
  const visits = batch.visitIds.filter((id) => latest.has(id)).length;
  return { whole: edited.filter((n) => n === 3).length, partial: edited.filter((n) => n > 0 && n < 3).length, visits };
}

async function readLatest(url: string) {
  const { changes, cursor } = await (await signIn(url, 'admin')).pullAll('', 5000);
  return { latest: new Map(changes.map((c) => [c.record.id, c.record])), cursor: Number(cursor) };
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Server process faults', kind), () => {
    let db: TestDatabase;
    let server: ServerProcess | undefined;
    beforeAll(() => ensureServerBundle());
    afterEach(async () => {
      await stopServerProcess(server);
      await db.drop();
    });

    it('leaves no partial record when killed (SIGKILL) mid-push, and the replay applies everything exactly once', async () => {
      db = await kind.create();
      await seedAccounts(db);
      server = await startServerProcess(db);
      const tablet = await signIn(server.url, 'yokosuka');
      const batches = makeBatches(await createCases(tablet, BATCHES * PER_BATCH));

      // All batches at once on separate connections; the process dies as soon as the first is answered.
      const answered = new Set<number>();
      const sent = batches.map((batch, b) => tablet.push(...batch.mutations).then(() => answered.add(b)));
      await Promise.race(sent);
      server.child.kill('SIGKILL');
      await Promise.allSettled(sent);
      expect((await server.exited).signal).toBe('SIGKILL');
      expect(answered.size).toBeGreaterThan(0);
      expect(answered.size).toBeLessThan(BATCHES);

      server = await startServerProcess(db);
      const { latest } = await readLatest(server.url);
      const lost = batches.filter((batch, b) => {
        const applied = countApplied(batch, latest);
        expect(applied.partial).toBe(0);
        expect([0, PER_BATCH]).toContain(applied.whole);
        expect(applied.visits).toBe(applied.whole);
        if (answered.has(b)) expect(applied.whole).toBe(PER_BATCH);
        return applied.whole === 0;
      });
      expect(lost.length).toBeGreaterThan(0);

      const again = await signIn(server.url, 'yokosuka');
      for (const batch of batches) {
        const statuses = new Set((await again.push(...batch.mutations)).map((r) => r.status));
        expect(statuses).toEqual(new Set([lost.includes(batch) ? 'applied' : 'duplicate']));
      }
      const after = await readLatest(server.url);
      for (const batch of batches) expect(countApplied(batch, after.latest)).toEqual({ whole: PER_BATCH, partial: 0, visits: PER_BATCH });
      // Every seq is one applied change: creations, then each edit and visit once — nothing applied twice.
      expect(after.cursor).toBe(BATCHES * PER_BATCH + BATCHES * PER_BATCH * 2);
    });

    it('finishes and answers an in-flight push on SIGTERM, then exits cleanly', async () => {
      db = await kind.create();
      await seedAccounts(db);
      server = await startServerProcess(db);
      const tablet = await signIn(server.url, 'yokosuka');
      const mutations = Array.from({ length: 1000 }, () => makeMutation({ collection: 'resources', recordId: randomUUID(), fields: makeResourceFields() }));
      const running = server;
      const results = await pushInTwoHalves(running.url, tablet.token, mutations, async () => {
        running.child.kill('SIGTERM');
        // The rest of the body goes only once the server has begun shutting down.
        while (!running.readOutput().includes('SIGTERM: finishing requests')) await new Promise((resolve) => setTimeout(resolve, 10));
      });
      expect(results.map((r) => r.status)).toEqual(mutations.map(() => 'applied'));
      expect((await running.exited).code).toBe(0);

      server = await startServerProcess(db);
      const { latest } = await readLatest(server.url);
      expect(mutations.every((m) => latest.has(m.recordId))).toBe(true);
    });
  });
}
