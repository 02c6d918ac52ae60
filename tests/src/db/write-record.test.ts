import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { createCase, getCase, saveCase } from '../../../src/db/cases.ts';
import type { TsunaguDb } from '../../../src/db/database.ts';
import { settlePushed, takePending } from '../../../src/db/outbox.ts';
import { addVisit, listVisits } from '../../../src/db/visits.ts';
import { ValidationError, writeRecord } from '../../../src/db/write-record.ts';
import { listOutbox } from '../../fixtures/opened-reads.ts';
import { openUnlockedDb } from '../../fixtures/unlocked-db.ts';

// The next id newRecordId makes, when a test forces one (a collision); otherwise a real one.
const forced = vi.hoisted(() => ({ id: null as string | null }));
vi.mock('../../../src/domain/record-id.ts', async (importOriginal) => {
  const { newRecordId } = await importOriginal<typeof import('../../../src/domain/record-id.ts')>();
  return { newRecordId: () => forced.id ?? newRecordId() };
});

let db: TsunaguDb;
beforeEach(async () => {
  db = await openUnlockedDb();
});
afterEach(async () => db.delete());

const fields = { name: '試験 花子', nameKana: 'しけん はなこ', birthDate: '2019-06-01', municipalityCode: '142107' };

describe('writeRecord', () => {
  it('stores a new record and its outbox mutation together', async () => {
    const id = await createCase(db, fields);
    const [record, outbox] = await Promise.all([getCase(db, id), listOutbox(db)]);
    expect(record).toMatchObject({ ...fields, rev: 0, deleted: false });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ recordId: id, collection: 'cases', baseRev: null, op: 'upsert', state: 'pending' });
    expect(outbox[0]?.fields).toMatchObject(fields);
  });

  it('looks up a record\'s refused changes by an index (no Dexie warning on a save)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const wasDebug = Dexie.debug;
    Dexie.debug = true; // as on localhost, where the coordinator's console showed the warning
    try {
      const id = await createCase(db, fields);
      await saveCase(db, id, { address: '三浦市南下浦町 1-2-3' });
      expect(warn.mock.calls.flat().join(' ')).not.toContain('compound index');
    } finally {
      Dexie.debug = wasDebug;
      warn.mockRestore();
    }
  });

  it('sends only the fields that changed', async () => {
    const id = await createCase(db, fields);
    await db.cases.update(id, { rev: 7 });
    await db.outbox.clear();
    await saveCase(db, id, { address: '三浦市南下浦町 1-2-3', name: fields.name });
    const [entry] = await listOutbox(db);
    expect(entry?.fields).toEqual({ address: '三浦市南下浦町 1-2-3' });
    expect(entry?.baseRev).toBe(7);
  });

  it('writes nothing when the input does not parse', async () => {
    const id = await createCase(db, fields);
    await expect(saveCase(db, id, { municipalityCode: '142019' })).rejects.toBeInstanceOf(ValidationError);
    expect((await getCase(db, id))?.municipalityCode).toBe('142107');
    expect(await db.outbox.count()).toBe(1);
  });

  it('rolls the record back when the outbox write fails', async () => {
    const id = await createCase(db, fields);
    const [first] = await listOutbox(db);
    // Force a unique-key violation on the outbox's mutation id inside the transaction.
    forced.id = first!.id;
    try {
      await expect(saveCase(db, id, { notes: '変更' })).rejects.toThrow();
    } finally {
      forced.id = null;
    }
    expect((await getCase(db, id))?.notes).toBe('');
    expect(await db.outbox.count()).toBe(1);
  });

  it('folds a refused change into the next edit so the fix resends it', async () => {
    const id = await createCase(db, fields);
    const sent = await takePending(db, 10);
    await settlePushed(db, sent, [{ id: sent[0]!.id, status: 'rejected', error: { code: 'invalid', field: 'phone', message: 'bad' } }]);
    expect((await listOutbox(db))[0]?.state).toBe('rejected');
    await saveCase(db, id, { phone: '046-000-0000' });
    const outbox = await listOutbox(db);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ state: 'pending' });
    expect(outbox[0]?.fields).toMatchObject({ ...fields, phone: '046-000-0000' });
  });

  it('keeps a tombstone on delete', async () => {
    const id = await createCase(db, fields);
    await writeRecord(db, 'cases', id, {}, 'delete');
    expect((await getCase(db, id))?.deleted).toBe(true);
    expect((await listOutbox(db)).map((e) => e.op)).toEqual(['upsert', 'delete']);
  });

  it('appends visits with their case id', async () => {
    const caseId = await createCase(db, fields);
    await addVisit(db, { caseId, note: '訪問。吸引回数が増えている。' });
    const visits = await listVisits(db, caseId);
    expect(visits).toHaveLength(1);
    expect(visits[0]?.kind).toBe('home-visit');
  });
});
