import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictSchema } from '../../src/schema/conflict.ts';
import { CaseSchema } from '../../src/schema/case.ts';
import { hlc, makeCaseFields, makeMutation, makeResourceFields, makeVisitFields } from './fixtures.ts';
import { signIn, startTestServer, type TestClient, type TestServer } from './harness.ts';

let server: TestServer;
let tabletA: TestClient;
let tabletB: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  tabletA = await signIn(server.url, 'yokosuka');
  tabletB = await signIn(server.url, 'yokosuka');
});
afterAll(() => server.stop());

async function createCase(client: TestClient, overrides = {}) {
  const recordId = randomUUID();
  const [result] = await client.push(makeMutation({ collection: 'cases', recordId, fields: makeCaseFields(overrides) }));
  expect(result?.status).toBe('applied');
  return { recordId, rev: result!.rev! };
}

async function listVersions(client: TestClient, id: string) {
  const { changes } = await client.pullAll();
  return changes.filter((change) => change.record.id === id);
}

describe('push then pull', () => {
  it('returns the created record in full with server metadata', async () => {
    const { recordId, rev } = await createCase(tabletA, { name: '往復 太郎' });
    const record = CaseSchema.parse(await tabletB.find('cases', recordId));
    expect(record).toMatchObject({ id: recordId, rev, deleted: false, name: '往復 太郎', sex: 'female', guardians: [] });
  });

  it('answers one result per mutation, in order', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const results = await tabletA.push(
      makeMutation({ collection: 'cases', recordId: ids[0]!, fields: makeCaseFields() }),
      makeMutation({ collection: 'cases', recordId: ids[1]!, fields: { ...makeCaseFields(), name: '' } }),
      makeMutation({ collection: 'cases', recordId: ids[2]!, fields: makeCaseFields() }),
    );
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied']);
    expect(results[2]!.rev).toBeGreaterThan(results[0]!.rev!);
  });
});

describe('pull pages', () => {
  it('name their cursor and whether more follow in headers too, equal to the body, on every page', async () => {
    for (let i = 0; i < 3; i++) await createCase(tabletA);
    let since = '';
    for (let page = 0; ; page++) {
      const response = await fetch(`${server.url}/api/sync/pull?since=${since}&limit=2`, {
        headers: { authorization: `Bearer ${tabletA.token}`, 'accept-encoding': 'br, gzip' },
      });
      const body = (await response.json()) as { cursor: string; hasMore: boolean };
      expect(decodeURIComponent(response.headers.get('x-tsunagu-cursor')!)).toBe(body.cursor);
      expect(response.headers.get('x-tsunagu-has-more')).toBe(String(body.hasMore));
      since = body.cursor;
      if (!body.hasMore) break;
      expect(page).toBeLessThan(100);
    }
  });
});

describe('idempotency', () => {
  it('answers a replayed mutation as duplicate with the original rev and changes nothing', async () => {
    const mutation = makeMutation({ collection: 'cases', recordId: randomUUID(), fields: makeCaseFields() });
    const [first] = await tabletA.push(mutation);
    const before = await tabletA.pull();
    const [again] = await tabletA.push(mutation);
    const [third] = await tabletB.push(mutation);
    expect(again).toEqual({ id: mutation.id, status: 'duplicate', rev: first!.rev });
    expect(third).toEqual(again);
    const after = await tabletA.pull();
    expect(after.cursor).toBe(before.cursor);
    expect(await listVersions(tabletA, mutation.recordId)).toHaveLength(1);
  });

  it('does not remember rejections, so a fixed record can be sent again', async () => {
    const recordId = randomUUID();
    const bad = makeMutation({ collection: 'cases', recordId, fields: { ...makeCaseFields(), municipalityCode: '142019' } });
    const [rejected] = await tabletA.push(bad);
    expect(rejected).toMatchObject({ status: 'rejected', error: { code: 'invalid', field: 'municipalityCode' } });
    const [fixed] = await tabletA.push(makeMutation({ collection: 'cases', recordId, fields: makeCaseFields() }));
    expect(fixed?.status).toBe('applied');
  });
});

describe('rejection', () => {
  it('names the field when a required field is missing', async () => {
    const { name: _name, ...fields } = makeCaseFields();
    const [result] = await tabletA.push(makeMutation({ collection: 'cases', recordId: randomUUID(), fields }));
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'invalid', field: 'name' } });
    expect(result!.rev).toBeUndefined();
  });

  it('gives the reason in Japanese: the tablet shows it on the record as 理由', async () => {
    const { recordId, rev } = await createCase(tabletA);
    const [result] = await tabletA.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { notes: 'あ'.repeat(20_001) } }));
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'invalid', field: 'notes' } });
    expect(result!.error!.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(result!.error!.message).not.toMatch(/Too big|expected/);
  });

  it('names a nested field with its path', async () => {
    const { recordId, rev } = await createCase(tabletA);
    const guardians = [{ name: '', relation: '母', phone: '' }];
    const [result] = await tabletA.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { guardians } }));
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'invalid', field: 'guardians.0.name' } });
  });

  it('refuses unknown fields and server-owned fields on an existing record', async () => {
    const { recordId, rev } = await createCase(tabletA);
    for (const field of ['favouriteColour', 'rev', 'deleted', 'updatedAt', 'id']) {
      const [result] = await tabletA.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { [field]: 1 } }));
      expect(result).toMatchObject({ status: 'rejected', error: { code: 'unknown_field', field } });
    }
  });
});

describe('concurrent edits', () => {
  it('merges different fields edited from the same base revision', async () => {
    const { recordId, rev } = await createCase(tabletA);
    const [a] = await tabletA.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { phone: '046-000-1111' } }));
    const [b] = await tabletB.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { school: '県立しけん特別支援学校' } }));
    expect(a?.status).toBe('applied');
    expect(b?.status).toBe('merged');
    expect(b!.rev).toBeGreaterThan(a!.rev!);
    const record = await tabletA.find('cases', recordId);
    expect(record).toMatchObject({ phone: '046-000-1111', school: '県立しけん特別支援学校', rev: b!.rev });
  });

  it('keeps one deterministic winner of a same-field edit and the loser as a conflict both users pull', async () => {
    const { recordId, rev } = await createCase(tabletA);
    const earlier = hlc('tablet-a', 1_700_000_000_000);
    const later = hlc('tablet-b', 1_700_000_000_500);
    // The later stamp wins even though it arrives first.
    const [b] = await tabletB.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, at: later, fields: { address: '横須賀市長沢9丁目1-1' } }));
    const [a] = await tabletA.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, at: earlier, fields: { address: '横須賀市浦賀9丁目2-2' } }));
    expect(b?.status).toBe('applied');
    expect(a?.status).toBe('conflict');
    expect(a!.rev).toBe(b!.rev);

    for (const client of [tabletA, tabletB]) {
      const { changes } = await client.pullAll();
      const conflicts = changes
        .filter((c) => c.collection === 'conflicts' && c.record.recordId === recordId)
        .map((c) => ConflictSchema.parse(c.record));
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        collection: 'cases', field: 'address', keptValue: '横須賀市浦賀9丁目2-2', keptAt: earlier,
        winningValue: '横須賀市長沢9丁目1-1', winningAt: later, keptBy: '横須賀 コーディネーター', resolvedAt: null,
      });
      expect(changes.filter((c) => c.record.id === recordId).at(-1)?.record.address).toBe('横須賀市長沢9丁目1-1');
    }
  });

  it('lets the later write win when it arrives second, keeping the earlier value', async () => {
    const { recordId, rev } = await createCase(tabletA);
    const [first] = await tabletA.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, at: hlc('a', 1_700_000_000_000), fields: { notes: '先' } }));
    const [second] = await tabletB.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, at: hlc('b', 1_700_000_000_001), fields: { notes: '後' } }));
    expect(second?.status).toBe('conflict');
    expect(second!.rev).toBeGreaterThan(first!.rev!);
    expect((await tabletA.find('cases', recordId))?.notes).toBe('後');
    const { changes } = await tabletA.pullAll();
    const conflict = changes.find((c) => c.collection === 'conflicts' && c.record.recordId === recordId)?.record;
    expect(conflict).toMatchObject({ keptValue: '先', winningValue: '後' });
  });

  it('takes a stamp from a tablet whose clock runs days fast as made now: a later edit wins, and no future time is kept', async () => {
    const { recordId, rev } = await createCase(tabletA);
    const fast = hlc('tablet-fast', Date.now() + 2 * 86_400_000);
    await tabletA.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, at: fast, fields: { notes: '時計が進んだ端末' } }));
    const [later] = await tabletB.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, at: hlc('tablet-b', Date.now() + 5_000), fields: { notes: 'あとの編集' } }));
    expect(later?.status).toBe('conflict');
    expect((await tabletA.find('cases', recordId))?.notes).toBe('あとの編集');
    const { changes } = await tabletA.pullAll();
    const conflict = ConflictSchema.parse(changes.find((c) => c.collection === 'conflicts' && c.record.recordId === recordId)!.record);
    expect(conflict.keptValue).toBe('時計が進んだ端末');
    expect(Number(conflict.keptAt.slice(0, 13))).toBeLessThanOrEqual(Date.now());
  });

  it('breaks a tie of identical stamps by the greater mutation id', async () => {
    const { recordId, rev } = await createCase(tabletA);
    const at = hlc('same', 1_700_000_000_000);
    const low = makeMutation({ collection: 'cases', recordId, baseRev: rev, at, id: '00000000-0000-4000-8000-000000000001', fields: { notes: 'low' } });
    const high = makeMutation({ collection: 'cases', recordId, baseRev: rev, at, id: 'ffffffff-ffff-4fff-bfff-ffffffffffff', fields: { notes: 'high' } });
    await tabletB.push(high);
    await tabletA.push(low);
    expect((await tabletA.find('cases', recordId))?.notes).toBe('high');
  });

  it('treats a device editing the same field twice offline as one sequence, not a conflict', async () => {
    const { recordId, rev } = await createCase(tabletA);
    const results = await tabletA.push(
      makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { notes: '一回目' } }),
      makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { notes: '二回目' } }),
    );
    expect(results.map((r) => r.status)).toEqual(['applied', 'merged']);
    expect((await tabletA.find('cases', recordId))?.notes).toBe('二回目');
  });

  it('takes an asserted value equal to the stored one as a write, so a different choice made earlier elsewhere becomes a conflict', async () => {
    const { recordId, rev } = await createCase(tabletA, { address: '横須賀市長沢9丁目1-1' });
    // Two coordinators resolved one conflict offline: B (later) kept the current value, A (earlier) the other.
    const choice = makeMutation({ collection: 'cases', recordId, baseRev: rev, at: hlc('tablet-b', 1_700_000_001_500), fields: { address: '横須賀市長沢9丁目1-1' } });
    const [b] = await tabletB.push({ ...choice, asserted: ['address'] });
    const [a] = await tabletA.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, at: hlc('tablet-a', 1_700_000_000_000), fields: { address: '横須賀市浦賀9丁目2-2' } }));
    expect(b?.status).toBe('applied');
    expect(b!.rev).toBeGreaterThan(rev);
    expect(a?.status).toBe('conflict');
    expect(await tabletA.find('cases', recordId)).toMatchObject({ address: '横須賀市長沢9丁目1-1' });
    const { changes } = await tabletB.pullAll();
    const conflict = changes.find((c) => c.collection === 'conflicts' && c.record.recordId === recordId)?.record;
    expect(conflict).toMatchObject({ field: 'address', keptValue: '横須賀市浦賀9丁目2-2', winningValue: '横須賀市長沢9丁目1-1', resolvedAt: null });
  });

  it('resolves a conflict by an upsert of resolvedAt and resolvedBy, and keeps the evidence read-only', async () => {
    const { recordId, rev } = await createCase(tabletA);
    await tabletA.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { notes: 'A' } }));
    await tabletB.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { notes: 'B' } }));
    const { changes } = await tabletA.pullAll();
    const conflict = ConflictSchema.parse(changes.find((c) => c.collection === 'conflicts' && c.record.recordId === recordId)?.record);
    const [edit] = await tabletA.push(makeMutation({ collection: 'conflicts', recordId: conflict.id, baseRev: conflict.rev, fields: { keptValue: 'X' } }));
    expect(edit).toMatchObject({ status: 'rejected', error: { code: 'read_only', field: 'keptValue' } });
    const resolution = { resolvedAt: new Date().toISOString(), resolvedBy: '横須賀 コーディネーター' };
    const [resolved] = await tabletA.push(makeMutation({ collection: 'conflicts', recordId: conflict.id, baseRev: conflict.rev, fields: resolution }));
    expect(resolved?.status).toBe('applied');
    expect(await tabletB.find('conflicts', conflict.id)).toMatchObject(resolution);
  });
});

describe('delete', () => {
  it('leaves a tombstone with the data kept, visible in pull', async () => {
    const { recordId, rev } = await createCase(tabletA, { name: '削除 予定' });
    const [deleted] = await tabletA.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, op: 'delete' }));
    expect(deleted?.status).toBe('applied');
    const versions = await listVersions(tabletB, recordId);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.record).toMatchObject({ deleted: true, rev: deleted!.rev, name: '削除 予定' });
  });

  it('keeps a record deleted when an upsert had not seen the delete, and records a conflict on deleted', async () => {
    const { recordId, rev } = await createCase(tabletA);
    const [deleted] = await tabletA.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, op: 'delete' }));
    const [edit] = await tabletB.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { notes: '削除を知らずに編集' } }));
    expect(edit?.status).toBe('conflict');
    const record = await tabletB.find('cases', recordId);
    expect(record).toMatchObject({ deleted: true, notes: '削除を知らずに編集' });
    const { changes } = await tabletB.pullAll();
    const conflict = changes.find((c) => c.collection === 'conflicts' && c.record.recordId === recordId)?.record;
    expect(conflict).toMatchObject({ field: 'deleted', keptValue: false, winningValue: true });
    expect(deleted!.rev).toBeLessThan(edit!.rev!);
  });
});

describe('append-only collections', () => {
  it('never duplicates a visit and refuses to delete one', async () => {
    const { recordId: caseId } = await createCase(tabletA);
    const visitId = randomUUID();
    const fields = makeVisitFields(caseId);
    const [created] = await tabletA.push(makeMutation({ collection: 'visits', recordId: visitId, fields }));
    const [again] = await tabletB.push(makeMutation({ collection: 'visits', recordId: visitId, fields: { ...fields, note: '二度目' } }));
    const [removed] = await tabletA.push(makeMutation({ collection: 'visits', recordId: visitId, op: 'delete', baseRev: created!.rev! }));
    expect(created?.status).toBe('applied');
    expect(again).toMatchObject({ status: 'duplicate', rev: created!.rev });
    expect(removed).toMatchObject({ status: 'rejected', error: { code: 'append_only' } });
    const versions = await listVersions(tabletA, visitId);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.record.note).toBe(fields.note);
  });
});

describe('resources', () => {
  it('are written by coordinators and read by every signed-in user', async () => {
    const recordId = randomUUID();
    const [result] = await tabletA.push(makeMutation({ collection: 'resources', recordId, fields: makeResourceFields() }));
    expect(result?.status).toBe('applied');
    const supervisor = await signIn(server.url, 'supervisor');
    expect(await supervisor.find('resources', recordId)).toMatchObject({ name: '訪問看護ステーション しけん' });
    const [refused] = await supervisor.push(makeMutation({ collection: 'resources', recordId, baseRev: result!.rev!, fields: { vacancy: 3 } }));
    expect(refused).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
  });
});

describe('paging', () => {
  it('pulls every change exactly once with a small limit while others write, then reports no more', async () => {
    const admin = await signIn(server.url, 'admin');
    const start = (await admin.pull('', 1)).cursor;
    const created = new Set<string>();
    for (let batch = 0; batch < 5; batch++) {
      const mutations = Array.from({ length: 9 }, () => makeMutation({ collection: 'resources', recordId: randomUUID(), fields: makeResourceFields() }));
      for (const m of mutations) created.add(m.recordId);
      await tabletA.push(...mutations);
    }
    const seen: string[] = [];
    let cursor = '0';
    let page = await admin.pull(cursor, 7);
    let extra = 0;
    while (page.changes.length > 0 || page.hasMore) {
      seen.push(...page.changes.map((c) => `${c.record.id}@${c.record.rev}`));
      cursor = page.cursor;
      if (extra < 3) {
        // Someone writes between pages: the new change must still arrive, once.
        const m = makeMutation({ collection: 'resources', recordId: randomUUID(), fields: makeResourceFields() });
        created.add(m.recordId);
        await tabletB.push(m);
        extra++;
      }
      page = await admin.pull(cursor, 7);
    }
    expect(page.hasMore).toBe(false);
    expect(new Set(seen).size).toBe(seen.length);
    const ids = new Set(seen.map((s) => s.split('@')[0]));
    for (const id of created) expect(ids.has(id)).toBe(true);
    const revs = seen.map((s) => Number(s.split('@')[1]));
    expect(revs).toEqual([...revs].sort((x, y) => x - y));
    expect(Number(cursor)).toBeGreaterThan(Number(start));
  });
});
