import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SqliteStore } from '../../../server/store/sqlite-store.ts';
import { hasJapanese } from '../../../src/domain/japanese-text.ts';
import type { Mutation } from '../../../src/schema/sync-protocol.ts';
import { makeCaseFields, makeMutation, makeVisitFields } from '../fixtures.ts';
import { signIn, startTestServer } from '../harness.ts';
import { StoreClient } from './store-client.ts';
import { bundleWriterThread, type WriterBundle } from './writer-thread-bundle.ts';
import { CRASH_NOTE } from './writer-crash-note.ts';

// The server's pushes are applied and committed by a writer thread on a connection of its own
// (server/store/sqlite-writer.ts). Its answers must mean what the store's own answer meant — committed, once —
// and its death, mid-batch included, must cost no more than the requests it had not answered.

let writer: WriterBundle;
let crashing: WriterBundle;
beforeAll(async () => {
  [writer, crashing] = await Promise.all([bundleWriterThread(), bundleWriterThread('tests/server/store/crashing-writer-thread.ts')]);
});
afterAll(() => {
  writer.remove();
  crashing.remove();
});

const newCase = (fields = {}) => makeMutation({ collection: 'cases', recordId: randomUUID(), fields: makeCaseFields(fields) });

describe('SqliteStore writer thread', () => {
  let dir: string;
  let file: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tsunagu-writer-'));
    file = join(dir, 'tsunagu.sqlite');
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** What another connection reads at once: committed rows only. */
  function readCommitted(): { ids: Set<string>; mutations: number } {
    const db = new Database(file, { readonly: true });
    try {
      const ids = new Set(db.prepare<[], { id: string }>('SELECT id FROM records').all().map((row) => row.id));
      const mutations = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM mutations').get()!.n;
      return { ids, mutations };
    } finally {
      db.close();
    }
  }

  it('answers a push only once its transaction has committed: another connection reads it at the answer', async () => {
    store = new SqliteStore(file, { writerThread: writer.entry });
    const tablet = new StoreClient(store, 'yokosuka');
    const batches = Array.from({ length: 4 }, () => [newCase(), newCase()]);
    await Promise.all(batches.map(async (batch) => {
      const results = await tablet.push(...batch);
      expect(results.map((result) => result.status)).toEqual(['applied', 'applied']);
      const { ids } = readCommitted();
      for (const mutation of batch) expect(ids.has(mutation.recordId)).toBe(true);
    }));
  });

  it('gives a refused field its reason in Japanese, as the server\'s own connection does', async () => {
    store = new SqliteStore(file, { writerThread: writer.entry });
    const tablet = new StoreClient(store, 'yokosuka');
    const mistyped = { ...makeCaseFields(), phone: 12345 } as unknown as Mutation['fields'];
    const [result] = await tablet.push(makeMutation({ collection: 'cases', recordId: randomUUID(), fields: mistyped }));
    expect(result).toMatchObject({ status: 'rejected', error: { field: 'phone' } });
    // zod's own wording (a string expected), which the thread only gives in Japanese once told to.
    expect(hasJapanese(result!.error!.message)).toBe(true);
  });

  it('leaves nothing of the batches a thread dying mid-batch had not answered, rejects them, and serves on', async () => {
    store = new SqliteStore(file, { writerThread: crashing.entry });
    const tablet = new StoreClient(store, 'yokosuka');
    const target = newCase();
    const [created] = await tablet.push(target);
    const before = readCommitted();

    // The crash comes at the third write of its batch, after two records of that batch were written.
    const first = newCase();
    const visit = makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(target.recordId) });
    const crash = makeMutation({ collection: 'cases', recordId: target.recordId, baseRev: created!.rev!, fields: { notes: CRASH_NOTE } });
    const other = newCase();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const [crashed, beside] = await Promise.allSettled([tablet.push(first, visit, crash), tablet.push(other)]);
    errors.mockRestore();

    expect(crashed).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/writer thread stopped/) } });
    const after = readCommitted();
    expect(after.ids.has(first.recordId)).toBe(false);
    expect(after.ids.has(visit.recordId)).toBe(false);
    expect((await tablet.versionsOf(target.recordId)).at(-1)!.notes).not.toBe(CRASH_NOTE);
    // The other batch shared the dying transaction (rejected, nothing written) or had committed (answered).
    if (beside.status === 'rejected') expect(after.ids.has(other.recordId)).toBe(false);
    else expect(after.ids.has(other.recordId)).toBe(true);
    expect(after.mutations).toBe(before.mutations + (beside.status === 'fulfilled' ? 1 : 0));

    // A new thread takes the next push; sent again, the batch is applied once — not a duplicate of a half.
    const retried = await tablet.push(first, visit, other);
    expect(retried.map((result) => result.status)).toEqual(['applied', 'applied', beside.status === 'fulfilled' ? 'duplicate' : 'applied']);
    expect(await tablet.push(first, visit)).toEqual([
      { id: first.id, status: 'duplicate', rev: retried[0]!.rev },
      { id: visit.id, status: 'duplicate', rev: retried[1]!.rev },
    ]);
  });

  // A deferred import (read the last sequence, then write) failed here with SQLITE_BUSY: the thread had committed
  // in between. Every transaction of the store's own connection that reads before it writes is immediate.
  it('lets the store\'s own connection import and pull while the thread commits, every sequence once', async () => {
    store = new SqliteStore(file, { writerThread: writer.entry });
    const tablet = new StoreClient(store, 'yokosuka');
    const pushes: Promise<unknown>[] = [];
    const imports: Promise<void>[] = [];
    for (let i = 0; i < 20; i++) {
      pushes.push(tablet.push(...Array.from({ length: 20 }, () => newCase())));
      const record = { id: randomUUID(), ...makeCaseFields() };
      imports.push(store.importRecords([{ collection: 'cases', record }], new Date()));
      pushes.push(tablet.pullAll());
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all([...pushes, ...imports]);
    const { changes } = await tablet.pullAll();
    expect(changes).toHaveLength(20 * 20 + 20);
    const revs = changes.map((change) => change.record.rev);
    expect(new Set(revs).size).toBe(revs.length);
  });
});

describe('Push over HTTP with a dying writer thread', () => {
  it('answers the requests it held 500 JSON, then applies the next push on a new thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-writer-http-'));
    const server = await startTestServer({ store: new SqliteStore(join(dir, 'tsunagu.sqlite'), { writerThread: crashing.entry }) });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const tablet = await signIn(server.url, 'yokosuka');
      const target = newCase();
      const [created] = await tablet.push(target);
      const crash: Mutation = makeMutation({ collection: 'cases', recordId: target.recordId, baseRev: created!.rev!, fields: { notes: CRASH_NOTE } });
      const response = await fetch(`${server.url}/api/sync/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tablet.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ clientId: tablet.clientId, mutations: [newCase(), crash] }),
      });
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({ error: { code: 'internal' } });
      const next = newCase();
      expect(await tablet.push(next)).toEqual([expect.objectContaining({ id: next.id, status: 'applied' })]);
    } finally {
      errors.mockRestore();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
