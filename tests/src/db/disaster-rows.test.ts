import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPulledPage } from '../../../src/db/apply-pulled.ts';
import { ensureCaseIndex } from '../../../src/db/case-index.ts';
import { isCaseIndexIncomplete, listCaseRows } from '../../../src/db/case-rows.ts';
import { TsunaguDb } from '../../../src/db/database.ts';
import { setUpPin } from '../../../src/db/device-lock.ts';
import { listLocalAreas } from '../../../src/db/disaster.ts';
import { listAreaRows } from '../../../src/db/disaster-rows.ts';
import { purgeCases } from '../../../src/db/purge-cases.ts';
import { writeRecord } from '../../../src/db/write-record.ts';
import { makeCase } from '../../fixtures/records.ts';
import { openUnlockedDb, TEST_PIN } from '../../fixtures/unlocked-db.ts';

let db: TsunaguDb;
beforeEach(async () => {
  db = await openUnlockedDb(`disaster-rows-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const YOKOSUKA = '142018';
const KAMAKURA = '142042';
const ids = async (code: string) => (await listAreaRows(db, code)).map((row) => row.id);

describe('case index rows (the list and disaster rows)', () => {
  it('follow every case write: created, moved to another municipality, deleted', async () => {
    const { id, rev: _rev, deleted: _deleted, updatedAt: _updatedAt, ...fields } = makeCase({ municipalityCode: YOKOSUKA });
    await writeRecord(db, 'cases', id, fields);
    expect(await ids(YOKOSUKA)).toEqual([id]);
    await writeRecord(db, 'cases', id, { municipalityCode: KAMAKURA, address: '鎌倉市由比ガ浜1-1' });
    expect(await ids(YOKOSUKA)).toEqual([]);
    expect((await listAreaRows(db, KAMAKURA)).map((row) => [row.id, row.address])).toEqual([[id, '鎌倉市由比ガ浜1-1']]);
    await writeRecord(db, 'cases', id, {}, 'delete');
    expect(await ids(KAMAKURA)).toEqual([]);
  });

  it('follow pulls and purges, and count each municipality on the tablet', async () => {
    const here = makeCase({ municipalityCode: YOKOSUKA });
    const shared = makeCase({ municipalityCode: KAMAKURA });
    await applyPulledPage(db, { changes: [here, shared].map((record) => ({ collection: 'cases', record })), removals: [] });
    expect(await listLocalAreas(db)).toEqual([{ code: YOKOSUKA, cases: 1 }, { code: KAMAKURA, cases: 1 }].sort((a, b) => a.code.localeCompare(b.code)));
    await purgeCases(db, [shared.id]);
    expect(await listLocalAreas(db)).toEqual([{ code: YOKOSUKA, cases: 1 }]);
  });

  it('missing (a tablet updated from version 8) are rebuilt once from the cases, and only once', async () => {
    const records = [makeCase({ municipalityCode: YOKOSUKA }), makeCase({ municipalityCode: KAMAKURA }), makeCase({ municipalityCode: KAMAKURA, deleted: true })];
    await applyPulledPage(db, { changes: records.map((record) => ({ collection: 'cases', record })), removals: [] });
    expect(await isCaseIndexIncomplete(db)).toBe(false);
    await db.caseIndex.clear();
    expect(await listCaseRows(db)).toEqual([]);
    expect(await isCaseIndexIncomplete(db)).toBe(true);
    expect(await ensureCaseIndex(db)).toBe(3);
    expect(await isCaseIndexIncomplete(db)).toBe(false);
    expect((await listCaseRows(db)).map((row) => row.id).sort()).toEqual([records[0]!.id, records[1]!.id].sort());
    expect(await ids(KAMAKURA)).toEqual([records[1]!.id]);
    expect(await ensureCaseIndex(db)).toBe(0);
  });

  /** A tablet's database as version 4 left it: two cases (one deleted) in clear, no disaster rows yet. */
  async function openedFromVersion4() {
    const name = `disaster-rows-upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({ cases: 'id, municipalityCode, updatedAt', caseRows: 'id', visits: 'id, caseId, at', resources: 'id, type, municipalityCode', safetyChecks: 'id, caseId, eventId, at', conflicts: 'id, recordId, resolvedAt', outbox: '++seq, &id, recordId, state' });
    old.version(3).stores({ disasterEvents: 'id', disasterCases: '[eventId+id], eventId, municipalityCode' });
    old.version(4).stores({ caseRows: 'id, municipalityCode' });
    const live = makeCase({ municipalityCode: YOKOSUKA });
    await old.table('cases').bulkPut([live, makeCase({ municipalityCode: YOKOSUKA, deleted: true })]);
    old.close();
    return { upgraded: new TsunaguDb(name), live };
  }

  it('are built, sealed, from the cases of a tablet from before encryption once its PIN is chosen', async () => {
    const { upgraded, live } = await openedFromVersion4();
    try {
      expect(await listAreaRows(upgraded, YOKOSUKA)).toEqual([]);
      await setUpPin(upgraded, TEST_PIN, 1_000);
      expect(await ensureCaseIndex(upgraded)).toBe(2);
      const stored = (await upgraded.caseIndex.toArray()).filter((row) => !row.deleted);
      expect(stored.map((row) => [row.id, 'sealed' in row, 'address' in row])).toEqual([[live.id, true, false]]);
      expect((await listAreaRows(upgraded, YOKOSUKA)).map((row) => [row.id, row.address])).toEqual([[live.id, live.address]]);
      expect((await listCaseRows(upgraded)).map((row) => row.id)).toEqual([live.id]);
    } finally {
      await upgraded.delete();
    }
  });
});
