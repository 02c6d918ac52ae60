import { describe, expect, it } from 'vitest';
import { createCase, deleteCase, getCase, saveCase } from '../../../src/db/cases.ts';
import { listOpenConflicts } from '../../../src/db/conflicts.ts';
import { resolveConflict } from '../../../src/db/resolve-conflict.ts';
import { makeCaseFields } from '../../server/fixtures.ts';
import { useLoopbackTablets } from './loopback-tablets.ts';

// Resolving a conflict, over real HTTP between two tablets: choosing the edit over a delete that won brings the
// record back everywhere; editing a field in conflict is choosing its value, so the conflict is resolved too. Two
// coordinators resolving one conflict differently while offline meet as concurrent edits: the later choice is
// current everywhere and the other is a new open conflict on both tablets; the same choice twice is no conflict.

const loopback = useLoopbackTablets();
const openTablet = (username?: string) => loopback.openTablet(username);

async function serverCase(id: string) {
  const { token } = await loopback.server.signIn('admin');
  return (await loopback.server.readLatest(token)).get(`cases/${id}`);
}

/** Two tablets holding the same case, synced. */
async function twoTabletsOnOneCase() {
  const [a, b] = [await openTablet(), await openTablet()];
  const id = await createCase(a.db, makeCaseFields());
  await a.sync();
  await b.sync();
  return { a, b, id };
}

/** A deletes the case and syncs; B, which had not seen the delete, edits it: the delete wins, B holds the conflict. */
async function deleteOnAThenEditOnB(notes: string) {
  const { a, b, id } = await twoTabletsOnOneCase();
  await deleteCase(a.db, id);
  await a.sync();
  await saveCase(b.db, id, { notes });
  await b.sync();
  const [conflict] = await listOpenConflicts(b.db, id);
  return { a, b, id, conflict: conflict! };
}

describe('resolving a conflict', () => {
  it('keeps an edit over a delete that won: the case comes back on the server and on the other tablet', async () => {
    const { a, b, id, conflict } = await deleteOnAThenEditOnB('削除を知らずに書いた');
    expect(await serverCase(id)).toMatchObject({ deleted: true });
    expect(conflict).toMatchObject({ field: 'deleted', keptValue: false, winningValue: true });

    await resolveConflict(b.db, conflict, conflict.keptValue, 'B 担当');
    expect((await getCase(b.db, id))?.deleted).toBe(false);
    expect(await b.sync()).toMatchObject({ state: 'idle', pending: 0, rejected: 0 });
    expect(await serverCase(id)).toMatchObject({ deleted: false, notes: '削除を知らずに書いた' });

    await a.sync();
    expect(await getCase(a.db, id)).toMatchObject({ deleted: false, notes: '削除を知らずに書いた' });
    expect(await listOpenConflicts(a.db, id)).toEqual([]);
  });

  it('keeps the delete when it is chosen: the tombstone is asserted, the conflict is resolved', async () => {
    const { a, b, id, conflict } = await deleteOnAThenEditOnB('あとから書いた');
    await resolveConflict(b.db, conflict, conflict.winningValue, 'B 担当');
    expect(await b.sync()).toMatchObject({ state: 'idle', pending: 0, rejected: 0 });
    await a.sync();
    expect(await serverCase(id)).toMatchObject({ deleted: true });
    expect(await listOpenConflicts(a.db, id)).toEqual([]);
    expect(await listOpenConflicts(b.db, id)).toEqual([]);
  });

  it('is done by editing the field in conflict: the edit stands and the conflict is resolved everywhere', async () => {
    const { a, b, id } = await twoTabletsOnOneCase();
    await saveCase(a.db, id, { school: 'X校' });
    await saveCase(b.db, id, { school: 'Y校' });
    await a.sync();
    await b.sync();
    await a.sync();
    expect((await listOpenConflicts(a.db, id)).map((c) => c.field)).toEqual(['school']);

    // Saving another field leaves the conflict open; saving the field in conflict resolves it.
    await saveCase(a.db, id, { phone: '046-000-1111' }, 'A 担当');
    expect(await listOpenConflicts(a.db, id)).toHaveLength(1);
    await saveCase(a.db, id, { school: 'Z校' }, 'A 担当');
    expect(await listOpenConflicts(a.db, id)).toEqual([]);
    await a.sync();
    await b.sync();
    expect(await serverCase(id)).toMatchObject({ school: 'Z校' });
    expect(await listOpenConflicts(b.db, id)).toEqual([]);
    expect(await getCase(b.db, id)).toMatchObject({ school: 'Z校' });
  });
});

const ON_A = '横須賀市浦賀9丁目2-2';
const ON_B = '横須賀市長沢9丁目1-1';
const SYNC_ORDERS = ['A syncs first', 'B syncs first'] as const;
type SyncOrder = (typeof SYNC_ORDERS)[number];
type Tablet = Awaited<ReturnType<typeof openTablet>>;

/** Both tablets back online in `order`; the first syncs again, to hear what the second sent. */
async function syncBoth(a: Tablet, b: Tablet, order: SyncOrder) {
  const [first, second] = order === 'A syncs first' ? [a, b] : [b, a];
  for (const tablet of [first, second, first]) expect(await tablet.sync()).toMatchObject({ state: 'idle', pending: 0, rejected: 0 });
}

/** The open conflicts each tablet holds on the case, as field, kept and winning values. */
async function openConflictsOn(id: string, ...tablets: Tablet[]) {
  const lists = await Promise.all(tablets.map((tablet) => listOpenConflicts(tablet.db, id)));
  return lists.map((list) => list.map(({ field, keptValue, winningValue }) => ({ field, keptValue, winningValue })));
}

/** A and B edit 住所 offline; A syncs first, so B's later edit wins and both tablets hold the one open conflict. */
async function conflictOnAddress() {
  const { a, b, id } = await twoTabletsOnOneCase();
  await saveCase(a.db, id, { address: ON_A });
  await saveCase(b.db, id, { address: ON_B });
  await a.sync();
  await b.sync();
  await a.sync();
  const expected = [{ field: 'address', keptValue: ON_A, winningValue: ON_B }];
  expect(await openConflictsOn(id, a, b)).toEqual([expected, expected]);
  const [[onA], [onB]] = await Promise.all([listOpenConflicts(a.db, id), listOpenConflicts(b.db, id)]);
  return { a, b, id, onA: onA!, onB: onB! };
}

describe('two coordinators resolving one conflict offline', () => {
  for (const order of SYNC_ORDERS) {
    it(`keeps the later choice current everywhere and the other as a new open conflict on both tablets (${order})`, async () => {
      const { a, b, id, onA, onB } = await conflictOnAddress();
      // Both offline: A keeps its own value (the kept one); a moment later B keeps its own (the current one).
      await resolveConflict(a.db, onA, onA.keptValue, 'A 担当');
      await resolveConflict(b.db, onB, onB.winningValue, 'B 担当');
      await syncBoth(a, b, order);

      expect(await serverCase(id)).toMatchObject({ address: ON_B });
      expect(await getCase(a.db, id)).toMatchObject({ address: ON_B });
      expect(await getCase(b.db, id)).toMatchObject({ address: ON_B });
      const expected = [{ field: 'address', keptValue: ON_A, winningValue: ON_B }];
      expect(await openConflictsOn(id, a, b)).toEqual([expected, expected]);
      expect((await listOpenConflicts(a.db, id))[0]?.id).not.toBe(onA.id);
    });

    for (const side of ['kept', 'current'] as const) {
      it(`leaves no new conflict when both choose the same side (${side}, ${order})`, async () => {
        const { a, b, id, onA, onB } = await conflictOnAddress();
        const value = side === 'kept' ? ON_A : ON_B;
        await resolveConflict(a.db, onA, value, 'A 担当');
        await resolveConflict(b.db, onB, value, 'B 担当');
        await syncBoth(a, b, order);

        expect(await serverCase(id)).toMatchObject({ address: value });
        expect(await getCase(a.db, id)).toMatchObject({ address: value });
        expect(await getCase(b.db, id)).toMatchObject({ address: value });
        expect(await openConflictsOn(id, a, b)).toEqual([[], []]);
      });
    }
  }
});

/** A deleted the case while B edited it: the delete won, and both tablets hold the conflict on `deleted`. */
async function conflictOnDelete() {
  const { a, b, id, conflict: onB } = await deleteOnAThenEditOnB('削除を知らずに書いた');
  await a.sync();
  const [onA] = await listOpenConflicts(a.db, id);
  expect(onA).toMatchObject({ id: onB.id, field: 'deleted', keptValue: false, winningValue: true });
  return { a, b, id, onA: onA!, onB };
}

describe('two coordinators resolving a conflict on a delete offline', () => {
  for (const order of SYNC_ORDERS) {
    it(`brings the case back when the restore is chosen later, the kept delete a new open conflict (${order})`, async () => {
      const { a, b, id, onA, onB } = await conflictOnDelete();
      await resolveConflict(a.db, onA, true, 'A 担当');
      await resolveConflict(b.db, onB, false, 'B 担当');
      await syncBoth(a, b, order);

      expect(await serverCase(id)).toMatchObject({ deleted: false, notes: '削除を知らずに書いた' });
      expect(await getCase(a.db, id)).toMatchObject({ deleted: false });
      expect(await getCase(b.db, id)).toMatchObject({ deleted: false });
      const expected = [{ field: 'deleted', keptValue: true, winningValue: false }];
      expect(await openConflictsOn(id, a, b)).toEqual([expected, expected]);
    });

    it(`keeps the case deleted when the delete is chosen later, the restore a new open conflict (${order})`, async () => {
      const { a, b, id, onA, onB } = await conflictOnDelete();
      await resolveConflict(b.db, onB, false, 'B 担当');
      await resolveConflict(a.db, onA, true, 'A 担当');
      await syncBoth(a, b, order);

      expect(await serverCase(id)).toMatchObject({ deleted: true });
      expect(await getCase(a.db, id)).toMatchObject({ deleted: true });
      expect(await getCase(b.db, id)).toMatchObject({ deleted: true });
      const expected = [{ field: 'deleted', keptValue: false, winningValue: true }];
      expect(await openConflictsOn(id, a, b)).toEqual([expected, expected]);
    });

    it(`leaves no new conflict when both keep the delete (${order})`, async () => {
      const { a, b, id, onA, onB } = await conflictOnDelete();
      await resolveConflict(a.db, onA, true, 'A 担当');
      await resolveConflict(b.db, onB, true, 'B 担当');
      await syncBoth(a, b, order);

      expect(await serverCase(id)).toMatchObject({ deleted: true });
      expect(await openConflictsOn(id, a, b)).toEqual([[], []]);
    });
  }
});
