import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPulledChanges } from '../../../src/db/apply-pulled.ts';
import { saveCase } from '../../../src/db/cases.ts';
import { TsunaguDb } from '../../../src/db/database.ts';
import { makeCase } from '../../fixtures/records.ts';

let db: TsunaguDb;
beforeEach(() => {
  db = new TsunaguDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => db.delete());

describe('applyPulledChanges', () => {
  it('writes a page of records into their tables', async () => {
    const records = Array.from({ length: 50 }, (_, i) => makeCase({ rev: i + 1 }));
    await applyPulledChanges(db, records.map((record) => ({ collection: 'cases', record })));
    expect(await db.cases.count()).toBe(50);
  });

  it('keeps an unsent local edit on top of the pulled version', async () => {
    const record = makeCase({ rev: 3 });
    await db.cases.put(record);
    await saveCase(db, record.id, { notes: '端末での編集' });
    await applyPulledChanges(db, [{ collection: 'cases', record: { ...record, rev: 5, address: 'サーバー側の住所' } }]);
    const stored = await db.cases.get(record.id);
    expect(stored).toMatchObject({ rev: 5, address: 'サーバー側の住所', notes: '端末での編集' });
  });

  it('is idempotent when the same page arrives twice', async () => {
    const record = makeCase({ rev: 2 });
    const page = [{ collection: 'cases' as const, record }];
    await applyPulledChanges(db, page);
    await applyPulledChanges(db, page);
    expect(await db.cases.count()).toBe(1);
  });
});
