import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConflictSchema, type Conflict } from '../../../src/schema/conflict.ts';
import { hlc, makeCaseFields, makeMutation } from '../fixtures.ts';
import { StoreClient, useFreshDatabase } from './store-client.ts';
import { STORE_KINDS, titleFor } from './test-databases.ts';

// Resolving a conflict re-asserts the chosen value (`asserted`): even a value equal to the stored one is a write
// with a new stamp, so two coordinators choosing different sides offline meet as concurrent edits. The same holds
// for `deleted`: keeping a delete is a delete of the tombstone, undoing it an upsert with no fields, both asserting it.

const ON_A = '横須賀市浦賀9丁目2-2';
const ON_B = '横須賀市長沢9丁目1-1';
const T0 = 1_700_000_000_000;

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Store resolving a conflict', kind), () => {
    const { store } = useFreshDatabase(kind);

    async function conflictsOf(client: StoreClient, recordId: string): Promise<Conflict[]> {
      const { changes } = await client.pullAll();
      return changes.filter((c) => c.collection === 'conflicts' && c.record.recordId === recordId).map((c) => ConflictSchema.parse(c.record));
    }

    /** A and B edited 住所 concurrently; B's later stamp won, A's value is kept in an open conflict both hold. */
    async function conflictOnAddress() {
      const [a, b] = [new StoreClient(store(), 'yokosuka'), new StoreClient(store(), 'yokosuka')];
      const recordId = randomUUID();
      const [created] = await a.push(makeMutation({ collection: 'cases', recordId, fields: makeCaseFields() }));
      const base = { collection: 'cases' as const, recordId, baseRev: created!.rev! };
      await a.push(makeMutation({ ...base, at: hlc('tablet-a', T0), fields: { address: ON_A } }));
      const [won] = await b.push(makeMutation({ ...base, at: hlc('tablet-b', T0 + 500), fields: { address: ON_B } }));
      const [conflict] = await conflictsOf(a, recordId);
      expect(conflict).toMatchObject({ field: 'address', keptValue: ON_A, winningValue: ON_B });
      return { a, b, recordId, rev: won!.rev!, conflict: conflict! };
    }

    /** What a tablet sends when its coordinator chooses `value`: the field asserted, and the conflict resolved. */
    function resolution(recordId: string, rev: number, conflict: Conflict, value: string, at: string) {
      const choice = { ...makeMutation({ collection: 'cases', recordId, baseRev: rev, at, fields: { address: value } }), asserted: ['address'] };
      const resolved = { resolvedAt: new Date().toISOString(), resolvedBy: '横須賀 コーディネーター' };
      return [choice, makeMutation({ collection: 'conflicts', recordId: conflict.id, baseRev: conflict.rev, at, fields: resolved })];
    }

    for (const order of ['A first', 'B first'] as const) {
      it(`keeps the later of two different choices current and the other as a new open conflict (${order})`, async () => {
        const { a, b, recordId, rev, conflict } = await conflictOnAddress();
        // A keeps its own (the kept) value; 1.5 s later B keeps its own (the current) value.
        const byA = resolution(recordId, rev, conflict, ON_A, hlc('tablet-a', T0 + 10_000));
        const byB = resolution(recordId, rev, conflict, ON_B, hlc('tablet-b', T0 + 11_500));
        if (order === 'A first') await a.push(...byA);
        const [fromB] = await b.push(...byB);
        if (order === 'B first') await a.push(...byA);

        expect(fromB?.status).toBe(order === 'A first' ? 'conflict' : 'applied');
        expect((await a.versionsOf(recordId)).at(-1)?.address).toBe(ON_B);
        const conflicts = await conflictsOf(b, recordId);
        expect(conflicts.find((c) => c.id === conflict.id)?.resolvedAt).not.toBeNull();
        expect(conflicts.filter((c) => c.resolvedAt === null)).toEqual([
          expect.objectContaining({ field: 'address', keptValue: ON_A, winningValue: ON_B, winningAt: hlc('tablet-b', T0 + 11_500) }),
        ]);
      });
    }

    for (const side of ['current', 'kept'] as const) {
      it(`leaves no new conflict when both choose the same side (${side})`, async () => {
        const { a, b, recordId, rev, conflict } = await conflictOnAddress();
        const value = side === 'current' ? ON_B : ON_A;
        await a.push(...resolution(recordId, rev, conflict, value, hlc('tablet-a', T0 + 10_000)));
        const [fromB] = await b.push(...resolution(recordId, rev, conflict, value, hlc('tablet-b', T0 + 11_500)));
        expect(fromB?.status).toBe('merged');
        expect((await a.versionsOf(recordId)).at(-1)?.address).toBe(value);
        expect((await conflictsOf(a, recordId)).filter((c) => c.resolvedAt === null)).toEqual([]);
      });
    }

    it('applies an asserted field equal to the stored value as a new revision with no conflict; unasserted, nothing is written', async () => {
      const a = new StoreClient(store(), 'yokosuka');
      const recordId = randomUUID();
      const [created] = await a.push(makeMutation({ collection: 'cases', recordId, fields: makeCaseFields({ address: ON_A }) }));
      const same = { collection: 'cases' as const, recordId, baseRev: created!.rev!, fields: { address: ON_A } };
      const [plain] = await a.push(makeMutation(same));
      expect(plain).toMatchObject({ status: 'applied', rev: created!.rev });
      const [asserted] = await a.push({ ...makeMutation(same), asserted: ['address', 'notes'] });
      expect(asserted?.status).toBe('applied');
      expect(asserted!.rev).toBeGreaterThan(created!.rev!);
      expect(await a.versionsOf(recordId)).toEqual([expect.objectContaining({ address: ON_A, rev: asserted!.rev })]);
      expect(await conflictsOf(a, recordId)).toEqual([]);
    });

    /** A deleted the case; B, which had not seen the delete, edited it: the delete won, the edit's undelete is kept. */
    async function conflictOnDelete() {
      const [a, b] = [new StoreClient(store(), 'yokosuka'), new StoreClient(store(), 'yokosuka')];
      const recordId = randomUUID();
      const [created] = await a.push(makeMutation({ collection: 'cases', recordId, fields: makeCaseFields() }));
      await a.push(makeMutation({ collection: 'cases', recordId, op: 'delete', baseRev: created!.rev!, at: hlc('tablet-a', T0) }));
      const edit = makeMutation({ collection: 'cases', recordId, baseRev: created!.rev!, at: hlc('tablet-b', T0 + 500), fields: { notes: '削除を知らずに' } });
      const [edited] = await b.push(edit);
      expect(edited?.status).toBe('conflict');
      const [conflict] = await conflictsOf(a, recordId);
      expect(conflict).toMatchObject({ field: 'deleted', keptValue: false, winningValue: true });
      return { a, b, recordId, rev: edited!.rev!, conflict: conflict! };
    }

    /** Keeping the delete (a delete of the tombstone) or undoing it (an upsert with no fields), `deleted` asserted. */
    function deletedResolution(recordId: string, rev: number, conflict: Conflict, keepsDelete: boolean, at: string) {
      const choice = makeMutation({ collection: 'cases', recordId, baseRev: rev, at, op: keepsDelete ? 'delete' : 'upsert' });
      const resolved = { resolvedAt: new Date().toISOString(), resolvedBy: '横須賀 コーディネーター' };
      return [{ ...choice, asserted: ['deleted'] }, makeMutation({ collection: 'conflicts', recordId: conflict.id, baseRev: conflict.rev, at, fields: resolved })];
    }

    for (const later of ['restore', 'delete'] as const) {
      for (const order of ['A first', 'B first'] as const) {
        it(`keeps the later of keeping and undoing a delete, the other as a new open conflict (${later} later, ${order})`, async () => {
          const { a, b, recordId, rev, conflict } = await conflictOnDelete();
          // A keeps the delete, B undoes it; whichever is chosen 1.5 s later wins.
          const [atA, atB] = later === 'restore' ? [T0 + 10_000, T0 + 11_500] : [T0 + 11_500, T0 + 10_000];
          const byA = deletedResolution(recordId, rev, conflict, true, hlc('tablet-a', atA));
          const byB = deletedResolution(recordId, rev, conflict, false, hlc('tablet-b', atB));
          const [first, second] = order === 'A first' ? [() => a.push(...byA), () => b.push(...byB)] : [() => b.push(...byB), () => a.push(...byA)];
          await first();
          const [fromSecond] = await second();

          expect(fromSecond?.status).toBe('conflict');
          expect((await a.versionsOf(recordId)).at(-1)?.deleted).toBe(later === 'delete');
          const open = (await conflictsOf(b, recordId)).filter((c) => c.resolvedAt === null);
          expect(open).toEqual([expect.objectContaining({ field: 'deleted', keptValue: later === 'restore', winningValue: later === 'delete' })]);
        });
      }
    }

    it('stamps the tombstone anew when both keep the delete, with no new conflict', async () => {
      const { a, b, recordId, rev, conflict } = await conflictOnDelete();
      const [byA] = await a.push(...deletedResolution(recordId, rev, conflict, true, hlc('tablet-a', T0 + 10_000)));
      const [byB] = await b.push(...deletedResolution(recordId, rev, conflict, true, hlc('tablet-b', T0 + 11_500)));
      expect(byA).toMatchObject({ status: 'applied' });
      expect(byA!.rev).toBeGreaterThan(rev);
      expect(byB).toMatchObject({ status: 'merged' });
      expect(byB!.rev).toBeGreaterThan(byA!.rev!);
      expect((await a.versionsOf(recordId)).at(-1)).toMatchObject({ deleted: true, rev: byB!.rev });
      expect((await conflictsOf(a, recordId)).filter((c) => c.resolvedAt === null)).toEqual([]);
    });

    it('writes nothing for a delete of a tombstone that asserts nothing, and lets a later restore stand (older tablets)', async () => {
      const { a, b, recordId, rev, conflict } = await conflictOnDelete();
      const [kept] = await a.push(makeMutation({ collection: 'cases', recordId, op: 'delete', baseRev: rev, at: hlc('tablet-a', T0 + 11_500) }));
      expect(kept).toMatchObject({ status: 'applied', rev });
      const [restored] = await b.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, at: hlc('tablet-b', T0 + 10_000) }));
      expect(restored?.status).toBe('applied');
      expect((await a.versionsOf(recordId)).at(-1)?.deleted).toBe(false);
      expect((await conflictsOf(a, recordId)).filter((c) => c.id !== conflict.id)).toEqual([]);
    });
  });
}
