import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPulledPage, preparePulledPage } from '../../../src/db/apply-pulled.ts';
import { getCase, saveCase } from '../../../src/db/cases.ts';
import type { TsunaguDb } from '../../../src/db/database.ts';
import { dismissPurgeNotice, getPurgeNotice } from '../../../src/db/purge-notice.ts';
import { readSyncStatus } from '../../../src/sync/sync-service.ts';
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

describe('a case that left the user’s scope', () => {
  it('is removed with its unsent changes, and the person is told how many of each went', async () => {
    const kept = makeCase();
    const leaving = makeCase({ rev: 2 });
    const inChunk = makeCase();
    await applyPulledPage(db, { changes: [{ collection: 'cases', record: inChunk }], removals: [], whole: true });
    await applyPulledPage(db, pageOf([kept, leaving].map((record) => ({ collection: 'cases' as const, record }))));
    await saveCase(db, leaving.id, { notes: '訪問後のメモ（未送信）' });
    await saveCase(db, leaving.id, { phone: '046-000-1234' });
    expect(await getPurgeNotice(db)).toBeNull();

    await applyPulledPage(db, { changes: [], removals: [leaving.id, inChunk.id] });
    expect(await getCase(db, leaving.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
    expect(await getPurgeNotice(db)).toMatchObject({ cases: 2, discarded: 2 });
    // Named again (the server repeats a removal until the cursor passes it): nothing more went.
    await applyPulledPage(db, { changes: [], removals: [leaving.id, inChunk.id] });
    expect(await getPurgeNotice(db)).toMatchObject({ cases: 2, discarded: 2 });
    expect((await readSyncStatus(db)).purged).toMatchObject({ cases: 2, discarded: 2 });

    await dismissPurgeNotice(db);
    expect((await readSyncStatus(db)).purged).toBeNull();
    expect(await getCase(db, kept.id)).toMatchObject({ id: kept.id });
  });
});
