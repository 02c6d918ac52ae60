import { describe, expect, it } from 'vitest';
import { createCase, deleteCase, getCase, saveCase } from '../../../src/db/cases.ts';
import { listOpenConflicts } from '../../../src/db/conflicts.ts';
import { resolveConflict } from '../../../src/db/resolve-conflict.ts';
import { makeCaseFields } from '../../server/fixtures.ts';
import { useLoopbackTablets } from './loopback-tablets.ts';

// Resolving a conflict, over real HTTP between two tablets: choosing the edit over a delete that won brings the
// record back everywhere; editing a field in conflict is choosing its value, so the conflict is resolved too.

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

  it('keeps the delete when it is chosen: nothing is sent for the record, the conflict is resolved', async () => {
    const { a, b, id, conflict } = await deleteOnAThenEditOnB('あとから書いた');
    await resolveConflict(b.db, conflict, conflict.winningValue, 'B 担当');
    await b.sync();
    await a.sync();
    expect(await serverCase(id)).toMatchObject({ deleted: true });
    expect(await listOpenConflicts(a.db, id)).toEqual([]);
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
