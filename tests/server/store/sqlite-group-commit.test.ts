import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../server/store/sqlite-store.ts';
import type { PushBatch } from '../../../server/store/store.ts';
import type { Mutation } from '../../../src/schema/sync-protocol.ts';
import { makeCaseFields, makeMutation, makeVisitFields } from '../fixtures.ts';
import { userOf } from './store-client.ts';
import { bundleWriterThread, type WriterBundle } from './writer-thread-bundle.ts';

// Pushes made in one turn of the event loop wait for the writer together, so they form one group: one
// transaction, one commit (server/store/sqlite-group-commit.ts). Each must still be answered as if alone —
// whether the store's own connection writes, or the server's writer thread (sqlite-writer.ts), which receives
// them in one turn of its own loop.
const yokosuka = userOf('yokosuka');

let writer: WriterBundle;
beforeAll(async () => {
  writer = await bundleWriterThread();
});
afterAll(() => writer.remove());

const WRITERS = [
  { name: 'on its own connection', open: (file: string) => new SqliteStore(file, { groupCommit: true }) },
  { name: 'in a writer thread', open: (file: string) => new SqliteStore(file, { writerThread: writer.entry }) },
];

describe.each(WRITERS)('SqliteStore group commit $name', ({ open }) => {
  let dir: string;
  let file: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tsunagu-group-'));
    file = join(dir, 'tsunagu.sqlite');
    store = open(file);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const push = (clientId: string, ...mutations: Mutation[]) => store.push(yokosuka, { clientId, mutations }, new Date());

  async function pullIds(from = store): Promise<Set<string>> {
    const { changes } = await from.pull(yokosuka, 0, 5000, new Date());
    return new Set(changes.map((change) => change.record.id));
  }

  it('answers each batch of a group with its own results: rejections, and a replay of a mutation earlier in the group', async () => {
    const caseId = randomUUID();
    const create = makeMutation({ collection: 'cases', recordId: caseId, fields: makeCaseFields() });
    const visit = makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(caseId) });
    const invalid = makeMutation({ collection: 'visits', recordId: randomUUID(), fields: { ...makeVisitFields(caseId), kind: 'teleport' } });
    const edit = makeMutation({ collection: 'cases', recordId: caseId, baseRev: 1, fields: { notes: '同じ組で編集' } });

    const [first, second, third] = await Promise.all([
      push('tablet-a', create),
      push('tablet-b', visit, invalid, create),
      push('tablet-c', edit, visit),
    ]);

    expect(first).toEqual([{ id: create.id, status: 'applied', rev: 1 }]);
    expect(second).toEqual([
      { id: visit.id, status: 'applied', rev: 2 },
      expect.objectContaining({ id: invalid.id, status: 'rejected', error: expect.objectContaining({ field: 'kind' }) }),
      { id: create.id, status: 'duplicate', rev: 1 },
    ]);
    expect(third).toEqual([
      { id: edit.id, status: 'applied', rev: 3 },
      { id: visit.id, status: 'duplicate', rev: 2 },
    ]);
    await store.close();
    store = open(file);
    expect(await pullIds()).toEqual(new Set([caseId, visit.recordId]));
  });

  it('keeps the rest of a group when one batch fails, and writes nothing of the failed batch', async () => {
    const caseId = randomUUID();
    const before = makeMutation({ collection: 'cases', recordId: caseId, fields: makeCaseFields() });
    const halfDone = makeMutation({ collection: 'cases', recordId: randomUUID(), fields: makeCaseFields() });
    const after = makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(caseId) });
    // A record id the store cannot bind: the batch throws inside the transaction, after writing its first mutation.
    const broken = { ...makeMutation({ collection: 'cases', recordId: randomUUID(), fields: makeCaseFields() }), recordId: {} } as unknown as Mutation;
    const failing: PushBatch = { clientId: 'tablet-b', mutations: [halfDone, broken] };

    const answers = await Promise.allSettled([
      push('tablet-a', before),
      store.push(yokosuka, failing, new Date()),
      push('tablet-c', after),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(answers[0]).toEqual({ status: 'fulfilled', value: [{ id: before.id, status: 'applied', rev: 1 }] });
    expect(answers[2]).toEqual({ status: 'fulfilled', value: [{ id: after.id, status: 'applied', rev: 2 }] });
    expect(await pullIds()).toEqual(new Set([caseId, after.recordId]));
    // Not remembered either: sent again, it is applied (not a duplicate).
    expect(await push('tablet-b', halfDone)).toEqual([{ id: halfDone.id, status: 'applied', rev: 3 }]);
  });

  it('answers pushes still waiting when the store closes, with their commit on disk', async () => {
    const mutations = Array.from({ length: 3 }, () => makeMutation({ collection: 'cases', recordId: randomUUID(), fields: makeCaseFields() }));
    const answered = mutations.map((mutation) => push('tablet-a', mutation));
    await store.close();
    expect((await Promise.all(answered)).flat().map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);
    store = open(file);
    expect(await pullIds()).toEqual(new Set(mutations.map((mutation) => mutation.recordId)));
  });
});
