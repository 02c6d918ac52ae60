import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../../src/schema/case.ts';
import { ConflictSchema } from '../../../src/schema/conflict.ts';
import { hlc, makeCaseFields, makeMutation, makeVisitFields } from '../fixtures.ts';
import { StoreClient, useFreshDatabase } from './store-client.ts';
import { STORE_KINDS, titleFor } from './test-databases.ts';

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Store push and pull', kind), () => {
    const { store } = useFreshDatabase(kind);
    const tablets = () => [new StoreClient(store(), 'yokosuka'), new StoreClient(store(), 'yokosuka')] as const;

    async function createCase(client: StoreClient, overrides = {}) {
      const recordId = randomUUID();
      const [result] = await client.push(makeMutation({ collection: 'cases', recordId, fields: makeCaseFields(overrides) }));
      expect(result?.status).toBe('applied');
      return { recordId, rev: result!.rev! };
    }

    it('returns a created record in full to another device, with server metadata', async () => {
      const [a, b] = tablets();
      const { recordId, rev } = await createCase(a, { name: '往復 太郎' });
      const [record] = await b.versionsOf(recordId);
      expect(CaseSchema.parse(record)).toMatchObject({ id: recordId, rev, deleted: false, name: '往復 太郎', guardians: [] });
    });

    it('answers a replayed mutation as duplicate with the first rev, and changes nothing', async () => {
      const [a, b] = tablets();
      const mutation = makeMutation({ collection: 'cases', recordId: randomUUID(), fields: makeCaseFields() });
      const [first] = await a.push(mutation);
      const before = await a.pullAll();
      expect(await a.push(mutation)).toEqual([{ id: mutation.id, status: 'duplicate', rev: first!.rev }]);
      expect(await b.push(mutation, mutation)).toEqual([
        { id: mutation.id, status: 'duplicate', rev: first!.rev },
        { id: mutation.id, status: 'duplicate', rev: first!.rev },
      ]);
      expect((await a.pullAll()).cursor).toBe(before.cursor);
    });

    it('rejects an invalid mutation naming the field, and remembers nothing', async () => {
      const [a] = tablets();
      const recordId = randomUUID();
      const bad = makeMutation({ collection: 'cases', recordId, fields: { ...makeCaseFields(), municipalityCode: '142019' } });
      const [rejected] = await a.push(bad);
      expect(rejected).toMatchObject({ status: 'rejected', error: { code: 'invalid', field: 'municipalityCode' } });
      expect(await a.versionsOf(recordId)).toEqual([]);
      const [fixed] = await a.push({ ...bad, fields: makeCaseFields() });
      expect(fixed?.status).toBe('applied');
    });

    it('merges different fields edited from the same base revision', async () => {
      const [a, b] = tablets();
      const { recordId, rev } = await createCase(a);
      const [first] = await a.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { phone: '046-000-1111' } }));
      const [second] = await b.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { school: 'しけん支援学校' } }));
      expect([first?.status, second?.status]).toEqual(['applied', 'merged']);
      const [record] = await a.versionsOf(recordId);
      expect(record).toMatchObject({ phone: '046-000-1111', school: 'しけん支援学校', rev: second!.rev });
    });

    it('keeps both values of a same-field edit: the later stamp wins, the other is a conflict both users pull', async () => {
      const [a, b] = tablets();
      const { recordId, rev } = await createCase(a);
      const later = hlc('tablet-b', 1_700_000_000_500);
      const earlier = hlc('tablet-a', 1_700_000_000_000);
      await b.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, at: later, fields: { address: '横須賀市長沢9丁目1-1' } }));
      const [lost] = await a.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, at: earlier, fields: { address: '横須賀市浦賀9丁目2-2' } }));
      expect(lost?.status).toBe('conflict');
      for (const client of [a, b, new StoreClient(store(), 'admin')]) {
        const { changes } = await client.pullAll(0, 2);
        const conflicts = changes.filter((c) => c.collection === 'conflicts').map((c) => ConflictSchema.parse(c.record));
        expect(conflicts).toEqual([expect.objectContaining({ recordId, field: 'address', keptValue: '横須賀市浦賀9丁目2-2', winningValue: '横須賀市長沢9丁目1-1' })]);
        expect(changes.find((c) => c.record.id === recordId)?.record.address).toBe('横須賀市長沢9丁目1-1');
      }
    });

    it('deletes by tombstone, keeping the data, and keeps it deleted against an edit that had not seen it', async () => {
      const [a, b] = tablets();
      const { recordId, rev } = await createCase(a, { name: '削除 予定' });
      const [deleted] = await a.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, op: 'delete' }));
      const [edit] = await b.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { notes: '知らずに編集' } }));
      expect([deleted?.status, edit?.status]).toEqual(['applied', 'conflict']);
      expect(await b.versionsOf(recordId)).toEqual([expect.objectContaining({ deleted: true, name: '削除 予定', notes: '知らずに編集' })]);
    });

    it('never duplicates a visit, whoever sends it again, and refuses to delete one', async () => {
      const [a, b] = tablets();
      const { recordId: caseId } = await createCase(a);
      const visitId = randomUUID();
      const fields = makeVisitFields(caseId);
      const [created] = await a.push(makeMutation({ collection: 'visits', recordId: visitId, fields }));
      const [again] = await b.push(makeMutation({ collection: 'visits', recordId: visitId, fields: { ...fields, note: '二度目' } }));
      const [removed] = await a.push(makeMutation({ collection: 'visits', recordId: visitId, op: 'delete', baseRev: created!.rev! }));
      expect(again).toMatchObject({ status: 'duplicate', rev: created!.rev });
      expect(removed).toMatchObject({ status: 'rejected', error: { code: 'append_only' } });
      expect(await a.versionsOf(visitId)).toEqual([expect.objectContaining({ note: fields.note, rev: created!.rev })]);
    });

    it('applies a case and its visit created in one batch, and a second edit of the batch on top of the first', async () => {
      const [a] = tablets();
      const caseId = randomUUID();
      const results = await a.push(
        makeMutation({ collection: 'cases', recordId: caseId, fields: makeCaseFields() }),
        makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(caseId) }),
        makeMutation({ collection: 'cases', recordId: caseId, baseRev: null, fields: { notes: '一回目' } }),
        makeMutation({ collection: 'cases', recordId: caseId, baseRev: null, fields: { notes: '二回目' } }),
      );
      expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'merged', 'merged']);
      expect((await a.versionsOf(caseId))[0]).toMatchObject({ notes: '二回目', rev: results[3]!.rev });
    });
  });
}
