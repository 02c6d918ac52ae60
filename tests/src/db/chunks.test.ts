import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeJson } from '../../../src/crypto/bytes.ts';
import { applyPulledPage, type PulledPage } from '../../../src/db/apply-pulled.ts';
import { listCaseRows } from '../../../src/db/case-rows.ts';
import { deleteCase, getCase, saveCase } from '../../../src/db/cases.ts';
import { readChunkRecords } from '../../../src/db/chunk-records.ts';
import type { TsunaguDb } from '../../../src/db/database.ts';
import { listAreaRows } from '../../../src/db/disaster-rows.ts';
import { countRecords, readAllRecords } from '../../../src/db/layered-records.ts';
import { listResources } from '../../../src/db/resources.ts';
import { VaultLockedError } from '../../../src/db/sealed-rows.ts';
import { commitWrite, planWrite, ValidationError, writeTables } from '../../../src/db/write-record.ts';
import { lockVault, unlockVault } from '../../../src/db/vault.ts';
import type { Case } from '../../../src/schema/case.ts';
import type { PulledChange } from '../../../src/schema/sync-protocol.ts';
import { dumpRawIndexedDb } from '../../fixtures/raw-indexeddb.ts';
import { makeCase } from '../../fixtures/records.ts';
import { openUnlockedDb, TEST_PIN } from '../../fixtures/unlocked-db.ts';

// A first sync keeps pulled pages of cases and resources whole (src/db/chunks.ts); rows of their own win.

const YOKOSUKA = '142018';
const MIURA = '142107';

let db: TsunaguDb;
beforeEach(async () => {
  db = await openUnlockedDb(`chunks-${crypto.randomUUID()}`);
});
afterEach(async () => db.delete());

const casesOf = (records: readonly Case[]): PulledChange[] => records.map((record) => ({ collection: 'cases', record }));
/** A page of a first sync, with its bytes as the server sent them (the chunk seals those). */
const firstSyncPage = (changes: readonly PulledChange[]): PulledPage =>
  ({ changes, removals: [], whole: true, bytes: encodeJson({ changes, cursor: '1', hasMore: false }) });

const resource = (name: string) => ({
  id: crypto.randomUUID(), rev: 1, deleted: false, updatedAt: '2026-11-01T00:00:00.000Z', name, type: 'home-nursing',
  municipalityCode: YOKOSUKA, address: '横須賀市小川町11', phone: '046-000-0000',
});

describe('a first sync', () => {
  it('stores pages whole, sealed, and every reader finds their records', async () => {
    const child = makeCase({ name: 'チャンク ひかり', nameKana: 'ちゃんく ひかり', municipalityCode: MIURA, rev: 3, notes: 'CHUNK-SECRET 夜間吸引' });
    const others = [makeCase(), makeCase({ deleted: true })];
    const nurse = resource('チャンク訪問看護ステーション');
    await applyPulledPage(db, firstSyncPage([...casesOf([child, ...others]), { collection: 'resources', record: nurse } as PulledChange]));

    expect(await db.cases.count()).toBe(0);
    expect(await db.caseIndex.count()).toBe(0);
    expect(await db.resources.count()).toBe(0);
    expect(await db.chunks.count()).toBe(2);
    expect(await countRecords(db, 'cases')).toBe(3);
    expect(await getCase(db, child.id)).toEqual(child);
    expect((await listCaseRows(db)).map((row) => row.id).sort()).toEqual([child.id, others[0]!.id].sort());
    expect((await listAreaRows(db, MIURA)).map((row) => row.id)).toEqual([child.id]);
    expect((await listResources(db)).map((r) => r.name)).toEqual([nurse.name]);

    const dump = await dumpRawIndexedDb(db.name);
    expect(dump).toContain(child.id);
    expect(dump).toContain(nurse.name); // the directory is not sealed
    for (const secret of ['チャンク', 'ひかり', 'CHUNK-SECRET']) expect(dump.replace(nurse.name, '')).not.toContain(secret);

    lockVault(db);
    await expect(getCase(db, child.id)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(listCaseRows(db)).rejects.toBeInstanceOf(VaultLockedError);
    expect(await unlockVault(db, TEST_PIN)).toEqual({ ok: true });
    expect((await getCase(db, child.id))?.notes).toBe('CHUNK-SECRET 夜間吸引');
    // The lock dropped the rows kept opened: these are read, opened and unpacked from the chunk again.
    expect((await listCaseRows(db)).map((row) => row.id).sort()).toEqual([child.id, others[0]!.id].sort());
    expect(await listAreaRows(db, MIURA)).toEqual([expect.objectContaining({ id: child.id, name: child.name, poweredDevices: expect.any(Array) })]);
  });

  it('gives way to a row of its own: an edit, a move to another municipality and a delete are seen everywhere', async () => {
    const child = makeCase({ municipalityCode: YOKOSUKA, rev: 2, notes: '最初' });
    const other = makeCase({ municipalityCode: YOKOSUKA, rev: 2 });
    await applyPulledPage(db, firstSyncPage(casesOf([child, other])));

    await saveCase(db, child.id, { notes: '訪問後に更新', municipalityCode: MIURA });
    expect(await db.cases.count()).toBe(1);
    expect(await getCase(db, child.id)).toMatchObject({ notes: '訪問後に更新', municipalityCode: MIURA, rev: 2 });
    // The outbox carries only the changed fields, based on the chunk's revision.
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ recordId: child.id, baseRev: 2 });
    expect((await listAreaRows(db, YOKOSUKA)).map((row) => row.id)).toEqual([other.id]);
    expect((await listAreaRows(db, MIURA)).map((row) => row.id)).toEqual([child.id]);
    expect((await readAllRecords(db, 'cases')).find((record) => record.id === child.id)?.notes).toBe('訪問後に更新');
    // The chunk itself is never edited.
    expect((await readChunkRecords<Case>(db, 'cases', [child.id])).get(child.id)?.notes).toBe('最初');

    await deleteCase(db, other.id);
    expect((await getCase(db, other.id))?.deleted).toBe(true);
    expect((await listCaseRows(db)).map((row) => row.id)).toEqual([child.id]);
    expect(await listAreaRows(db, YOKOSUKA)).toEqual([]);
  });

  it('takes the later copy when a record comes twice, and keeps a record with unsent changes as a rebased row', async () => {
    const child = makeCase({ rev: 1, notes: '一回目' });
    const edited = makeCase({ rev: 4, notes: 'サーバー側' });
    await applyPulledPage(db, firstSyncPage(casesOf([child, { ...edited, notes: '古い版' }])));
    await saveCase(db, edited.id, { phone: '046-111-2222' });
    await applyPulledPage(db, firstSyncPage(casesOf([{ ...child, rev: 2, notes: '二回目' }, edited])));

    expect((await getCase(db, child.id))?.notes).toBe('二回目');
    expect(await getCase(db, edited.id)).toMatchObject({ rev: 4, notes: 'サーバー側', phone: '046-111-2222' });
    expect((await db.chunks.toArray()).flatMap((chunk) => chunk.ids)).not.toContain(undefined);
    expect((await db.chunks.toArray()).filter((chunk) => chunk.ids.includes(edited.id))).toHaveLength(1);
    // The second page's body holds the server's copy too, but its header does not name it: not read from there.
    expect((await readChunkRecords<Case>(db, 'cases', [edited.id])).get(edited.id)?.notes).toBe('古い版');
    expect(await countRecords(db, 'cases')).toBe(2);
  });

  it('removes a case that left the scope from its chunk, not only from view', async () => {
    const leaving = makeCase({ name: '退去 するこ', nameKana: 'たいきょ するこ' });
    const staying = makeCase();
    await applyPulledPage(db, firstSyncPage(casesOf([leaving, staying])));
    await applyPulledPage(db, { changes: [], removals: [leaving.id] });

    expect(await getCase(db, leaving.id)).toBeUndefined();
    expect(await getCase(db, staying.id)).toEqual(staying);
    expect((await db.chunks.toArray()).flatMap((chunk) => chunk.ids)).toEqual([staying.id]);
    expect([...(await readChunkRecords<Case>(db, 'cases')).keys()]).toEqual([staying.id]);
    expect((await listCaseRows(db)).map((row) => row.id)).toEqual([staying.id]);
    expect(await dumpRawIndexedDb(db.name)).not.toContain(leaving.id);

    await applyPulledPage(db, { changes: [], removals: [staying.id] });
    expect(await db.chunks.count()).toBe(0);
    expect(await db.chunkBodies.count()).toBe(0);
  });

  it('does not bring back a case purged while an edit of its chunk copy was being worked out', async () => {
    const child = makeCase({ name: '消去 されるこ', nameKana: 'しょうきょ されるこ', notes: '元' });
    await applyPulledPage(db, firstSyncPage(casesOf([child, makeCase()])));
    const plan = await planWrite(db, 'cases', child.id, { notes: '訪問後に編集' }, 'upsert', 'stamp-1');
    await applyPulledPage(db, { changes: [], removals: [child.id] });

    expect(await db.transaction('rw', writeTables(db, 'cases'), () => commitWrite(db, plan!))).toBe(false);
    // Planned again, there is no case to edit: the form's fields alone are not a case.
    await expect(saveCase(db, child.id, { notes: '訪問後に編集' })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.cases.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await getCase(db, child.id)).toBeUndefined();
    expect(await dumpRawIndexedDb(db.name)).not.toContain(child.id);
  });

  it('works an edit out again when a later page brings a newer copy of the record meanwhile', async () => {
    const child = makeCase({ rev: 1, notes: '古い版', phone: '046-000-0001' });
    await applyPulledPage(db, firstSyncPage(casesOf([child])));
    const plan = await planWrite(db, 'cases', child.id, { notes: '編集' }, 'upsert', 'stamp-1');
    await applyPulledPage(db, firstSyncPage(casesOf([{ ...child, rev: 5, phone: '046-555-5555' }])));

    expect(await db.transaction('rw', writeTables(db, 'cases'), () => commitWrite(db, plan!))).toBe(false);
    await saveCase(db, child.id, { notes: '編集' });
    expect(await getCase(db, child.id)).toMatchObject({ rev: 5, notes: '編集', phone: '046-555-5555' });
    expect((await db.outbox.toArray())[0]).toMatchObject({ baseRev: 5 });
  });

  it('writes rows, as before, for a pull that is not from the beginning', async () => {
    const child = makeCase();
    await applyPulledPage(db, { changes: casesOf([child]), removals: [] });
    expect(await db.chunks.count()).toBe(0);
    expect(await db.cases.count()).toBe(1);
    expect(await db.caseIndex.count()).toBe(1);
  });
});
