import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPulledChanges } from '../../../src/db/apply-pulled.ts';
import { TsunaguDb } from '../../../src/db/database.ts';
import { listLocalAreas } from '../../../src/db/disaster.ts';
import { listAreaRows } from '../../../src/db/disaster-rows.ts';
import { purgeCases } from '../../../src/db/purge-cases.ts';
import { writeRecord } from '../../../src/db/write-record.ts';
import { makeCase } from '../../fixtures/records.ts';

let db: TsunaguDb;
beforeEach(() => {
  db = new TsunaguDb(`disaster-rows-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const YOKOSUKA = '142018';
const KAMAKURA = '142042';
const ids = async (code: string) => (await listAreaRows(db, code)).map((row) => row.id);

describe('disaster rows', () => {
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
    await applyPulledChanges(db, [here, shared].map((record) => ({ collection: 'cases', record })));
    expect(await listLocalAreas(db)).toEqual([{ code: YOKOSUKA, cases: 1 }, { code: KAMAKURA, cases: 1 }].sort((a, b) => a.code.localeCompare(b.code)));
    await purgeCases(db, [shared.id]);
    expect(await listLocalAreas(db)).toEqual([{ code: YOKOSUKA, cases: 1 }]);
  });

  it('are built from the cases already on a tablet when the database opens at version 5', async () => {
    const name = `disaster-rows-upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({ cases: 'id, municipalityCode, updatedAt', caseRows: 'id', visits: 'id, caseId, at', resources: 'id, type, municipalityCode', safetyChecks: 'id, caseId, eventId, at', conflicts: 'id, recordId, resolvedAt', outbox: '++seq, &id, recordId, state' });
    old.version(3).stores({ disasterEvents: 'id', disasterCases: '[eventId+id], eventId, municipalityCode' });
    old.version(4).stores({ caseRows: 'id, municipalityCode' });
    const live = makeCase({ municipalityCode: YOKOSUKA });
    await old.table('cases').bulkPut([live, makeCase({ municipalityCode: YOKOSUKA, deleted: true })]);
    old.close();
    const upgraded = new TsunaguDb(name);
    try {
      expect((await listAreaRows(upgraded, YOKOSUKA)).map((row) => row.id)).toEqual([live.id]);
      expect(Object.keys((await upgraded.caseRows.get(live.id))!)).not.toContain('poweredDevices');
    } finally {
      await upgraded.delete();
    }
  });
});
