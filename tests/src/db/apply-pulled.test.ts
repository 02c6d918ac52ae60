import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPulledPage, preparePulledPage } from '../../../src/db/apply-pulled.ts';
import { getCase, saveCase } from '../../../src/db/cases.ts';
import type { TsunaguDb } from '../../../src/db/database.ts';
import type { PulledChange } from '../../../src/schema/sync-protocol.ts';
import { makeCase } from '../../fixtures/records.ts';
import { openUnlockedDb } from '../../fixtures/unlocked-db.ts';

let db: TsunaguDb;
beforeEach(async () => {
  db = await openUnlockedDb();
});
afterEach(async () => db.delete());

const pageOf = (changes: PulledChange[]) => ({ changes, removals: [] });

describe('applyPulledPage', () => {
  it('writes a page of records into their tables', async () => {
    const records = Array.from({ length: 50 }, (_, i) => makeCase({ rev: i + 1 }));
    await applyPulledPage(db, pageOf(records.map((record) => ({ collection: 'cases', record }))));
    expect(await db.cases.count()).toBe(50);
    expect(await getCase(db, records[7]!.id)).toMatchObject({ name: records[7]!.name, rev: 8 });
  });

  it('keeps an unsent local edit on top of the pulled version', async () => {
    const record = makeCase({ rev: 3 });
    await applyPulledPage(db, pageOf([{ collection: 'cases', record }]));
    await saveCase(db, record.id, { notes: '端末での編集' });
    await applyPulledPage(db, pageOf([{ collection: 'cases', record: { ...record, rev: 5, address: 'サーバー側の住所' } }]));
    const stored = await getCase(db, record.id);
    expect(stored).toMatchObject({ rev: 5, address: 'サーバー側の住所', notes: '端末での編集' });
  });

  it('rebases again a page prepared before a local edit was saved: the edit stays on top', async () => {
    const record = makeCase({ rev: 3 });
    await applyPulledPage(db, pageOf([{ collection: 'cases', record }]));
    const page = pageOf([{ collection: 'cases', record: { ...record, rev: 5, address: 'サーバー側の住所' } }]);
    // The sync prepares the next page while writing one; the coordinator saves meanwhile.
    const prepared = preparePulledPage(db, page);
    await prepared;
    await saveCase(db, record.id, { notes: '準備のあとの編集' });
    await applyPulledPage(db, page, undefined, prepared);
    expect(await getCase(db, record.id)).toMatchObject({ rev: 5, address: 'サーバー側の住所', notes: '準備のあとの編集' });
  });

  it('prepares a page again when its early preparation failed', async () => {
    const record = makeCase({ rev: 1 });
    await applyPulledPage(db, pageOf([{ collection: 'cases', record }]), undefined, Promise.reject(new Error('locked meanwhile')));
    expect(await getCase(db, record.id)).toMatchObject({ rev: 1, name: record.name });
  });

  it('is idempotent when the same page arrives twice', async () => {
    const record = makeCase({ rev: 2 });
    const page = pageOf([{ collection: 'cases' as const, record }]);
    await applyPulledPage(db, page);
    await applyPulledPage(db, page);
    expect(await db.cases.count()).toBe(1);
    expect(await getCase(db, record.id)).toMatchObject({ id: record.id, rev: 2 });
  });
});
