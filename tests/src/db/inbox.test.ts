import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPulledPage, type PulledPage } from '../../../src/db/apply-pulled.ts';
import { getCase, saveCase } from '../../../src/db/cases.ts';
import { listCaseRows } from '../../../src/db/case-rows.ts';
import { TsunaguDb } from '../../../src/db/database.ts';
import { countInbox, drainInbox, NoVaultError, storePulledPage } from '../../../src/db/inbox.ts';
import { listRecordChanges } from '../../../src/db/outbox.ts';
import { lockVault, unlockVault } from '../../../src/db/vault.ts';
import type { Case } from '../../../src/schema/case.ts';
import { dumpRawIndexedDb } from '../../fixtures/raw-indexeddb.ts';
import { makeCase, makeVisit } from '../../fixtures/records.ts';
import { openUnlockedDb, TEST_PIN } from '../../fixtures/unlocked-db.ts';

let db: TsunaguDb;
beforeEach(async () => {
  db = await openUnlockedDb(`inbox-${crypto.randomUUID()}`);
});
afterEach(async () => db.delete());

const child = (overrides: Partial<Case> = {}) =>
  makeCase({ name: '受信 しずく', nameKana: 'じゅしん しずく', address: '葉山町受信 3-3-3', diagnoses: ['INBOXTEST-DX'], ...overrides });
const pageOf = (records: Case[], removals: string[] = []): PulledPage => ({
  changes: records.map((record) => ({ collection: 'cases' as const, record })),
  removals,
});

async function unlock(): Promise<void> {
  expect(await unlockVault(db, TEST_PIN)).toEqual({ ok: true });
}

describe('storePulledPage while locked', () => {
  it('seals the page into the inbox: nothing of it is written, nothing of it is readable', async () => {
    const record = child();
    lockVault(db);
    await storePulledPage(db, pageOf([record]));
    expect(await countInbox(db)).toBe(1);
    expect(await db.cases.count()).toBe(0);
    expect(await db.caseIndex.count()).toBe(0);
    const dump = await dumpRawIndexedDb(db.name);
    for (const secret of [record.name, record.nameKana, record.address, 'INBOXTEST', '受信', record.id]) expect(dump).not.toContain(secret);
  });

  it('refuses a device without a PIN: there is no key to seal to', async () => {
    const fresh = new TsunaguDb(`inbox-no-pin-${crypto.randomUUID()}`);
    try {
      await expect(storePulledPage(fresh, pageOf([child()]))).rejects.toBeInstanceOf(NoVaultError);
      expect(await countInbox(fresh)).toBe(0);
      expect(await fresh.cases.count()).toBe(0);
    } finally {
      await fresh.delete();
    }
  });

  it('seals from a context that never held the keys (the service worker) while the page is unlocked', async () => {
    const worker = new TsunaguDb(db.name);
    try {
      const record = child();
      await storePulledPage(worker, pageOf([record]));
      expect(await countInbox(db)).toBe(1);
      expect(await drainInbox(db)).toBe(1);
      expect(await getCase(db, record.id)).toMatchObject({ name: record.name, address: record.address });
    } finally {
      worker.close();
    }
  });
});

describe('drainInbox', () => {
  it('writes the sealed pages after the unlock and empties the inbox', async () => {
    const record = child();
    lockVault(db);
    await storePulledPage(db, pageOf([record]));
    await unlock();
    expect(await drainInbox(db)).toBe(1);
    expect(await countInbox(db)).toBe(0);
    expect((await listCaseRows(db)).map((row) => [row.id, row.name])).toEqual([[record.id, record.name]]);
    expect(await getCase(db, record.id)).toMatchObject({ address: record.address, diagnoses: ['INBOXTEST-DX'] });
  });

  it('writes nothing while locked and keeps the pages for later', async () => {
    lockVault(db);
    await storePulledPage(db, pageOf([child()]));
    expect(await drainInbox(db)).toBe(0);
    expect(await countInbox(db)).toBe(1);
    expect(await db.cases.count()).toBe(0);
  });

  it('writes pages in the order they arrived: a later page\'s version of a case wins', async () => {
    const first = child({ rev: 1, notes: '一ページ目' });
    const second = { ...first, rev: 2, notes: '二ページ目', address: '葉山町受信 4-4-4' };
    const other = child({ name: '受信 みなと', nameKana: 'じゅしん みなと' });
    lockVault(db);
    await storePulledPage(db, pageOf([first]));
    await storePulledPage(db, pageOf([other]));
    await storePulledPage(db, pageOf([second]));
    await unlock();
    expect(await drainInbox(db)).toBe(3);
    expect(await getCase(db, first.id)).toMatchObject({ rev: 2, notes: '二ページ目', address: '葉山町受信 4-4-4' });
    expect((await listCaseRows(db)).map((row) => row.id).sort()).toEqual([first.id, other.id].sort());
  });

  it('writes older sealed pages before a page pulled once unlocked', async () => {
    const record = child({ rev: 1, notes: '施錠中に受信' });
    lockVault(db);
    await storePulledPage(db, pageOf([record]));
    await unlock();
    await storePulledPage(db, pageOf([{ ...record, rev: 2, notes: '解錠後に受信' }]));
    expect(await countInbox(db)).toBe(0);
    expect(await getCase(db, record.id)).toMatchObject({ rev: 2, notes: '解錠後に受信' });
  });

  it('applies a sealed page\'s removals: the case leaves the device with its visits', async () => {
    const record = child();
    const visit = makeVisit({ caseId: record.id, note: '受信テスト訪問' });
    await applyPulledPage(db, { changes: [{ collection: 'cases', record }, { collection: 'visits', record: visit }], removals: [] });
    lockVault(db);
    await storePulledPage(db, pageOf([], [record.id]));
    await unlock();
    expect(await drainInbox(db)).toBe(1);
    expect(await getCase(db, record.id)).toBeUndefined();
    expect(await db.visits.count()).toBe(0);
    expect(await listCaseRows(db)).toEqual([]);
  });

  it('rebases a local unsent edit on top of the drained page', async () => {
    const record = child({ rev: 3 });
    await applyPulledPage(db, pageOf([record]));
    await saveCase(db, record.id, { notes: '端末での編集（未送信）' });
    lockVault(db);
    await storePulledPage(db, pageOf([{ ...record, rev: 5, address: 'サーバー側の住所', notes: 'サーバー側のメモ' }]));
    await unlock();
    expect(await drainInbox(db)).toBe(1);
    expect(await getCase(db, record.id)).toMatchObject({ rev: 5, address: 'サーバー側の住所', notes: '端末での編集（未送信）' });
    const [pending] = await listRecordChanges(db, record.id);
    expect(pending).toMatchObject({ state: 'pending', baseRev: 3, fields: { notes: '端末での編集（未送信）' } });
  });
});
