import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPulledPage } from '../../../src/db/apply-pulled.ts';
import { createCase, getCase, saveCase } from '../../../src/db/cases.ts';
import { listCaseRows } from '../../../src/db/case-rows.ts';
import { clearLocalData, type OutboxEntry, type TsunaguDb } from '../../../src/db/database.ts';
import { readBackupFile, writeBackupFile } from '../../../src/db/backup-file.ts';
import { DeviceBackupError, exportDeviceBackup, restoreDeviceBackup } from '../../../src/db/device-backup.ts';
import { settlePushed, takePending } from '../../../src/db/outbox.ts';
import { createVault } from '../../../src/db/vault.ts';
import { addVisit } from '../../../src/db/visits.ts';
import { DeviceBackupSchema, type DeviceBackup } from '../../../src/schema/device-backup.ts';
import { listOutbox } from '../../fixtures/opened-reads.ts';
import { openUnlockedDb, TEST_PIN } from '../../fixtures/unlocked-db.ts';

let db: TsunaguDb;
beforeEach(async () => {
  db = await openUnlockedDb();
});
afterEach(async () => db.delete());

const fields = { name: '試験 花子', nameKana: 'しけん はなこ', birthDate: '2019-06-01', municipalityCode: '142107' };
const withoutSeq = (entries: OutboxEntry[]) => entries.map(({ seq: _seq, ...entry }) => entry);
const PASSPHRASE = 'ひみつの合言葉-2026';

/** The file a coordinator saves: sealed under the passphrase (PBKDF2 at 1,000 rounds in tests). */
const saveFile = async () => writeBackupFile(await exportDeviceBackup(db), PASSPHRASE, 1_000);
const restoreFile = async (text: string, passphrase = PASSPHRASE) => restoreDeviceBackup(db, await readBackupFile(text, passphrase));

/** A wiped tablet (its keys gone with its data), signed in again: a new PIN before anything is written. */
async function clearAndChoosePinAgain(): Promise<void> {
  await clearLocalData(db);
  await createVault(db, TEST_PIN, 1_000);
}

/** Two cases and a visit unsent, the first case's earlier change refused by the server. */
async function makeUnsentWork(): Promise<{ caseId: string; otherId: string }> {
  const caseId = await createCase(db, fields);
  const sent = await takePending(db, 10);
  await settlePushed(db, sent, [{ id: sent[0]!.id, status: 'rejected', error: { code: 'invalid', message: '電話番号が正しくありません' } }]);
  const otherId = await createCase(db, { ...fields, name: '試験 太郎' });
  await addVisit(db, { caseId: otherId, note: '訪問。吸引回数が増えている。' });
  return { caseId, otherId };
}

describe('device backup', () => {
  it('restores the same outbox and records after the device is cleared', async () => {
    const { caseId, otherId } = await makeUnsentWork();
    const before = withoutSeq(await listOutbox(db));
    const text = await saveFile();
    await clearAndChoosePinAgain();

    expect(await restoreFile(text)).toEqual({ added: 3, alreadyQueued: 0 });
    expect(withoutSeq(await listOutbox(db))).toEqual(before);
    expect(before.map((entry) => entry.state)).toEqual(['rejected', 'pending', 'pending']);
    expect(await getCase(db, caseId)).toMatchObject(fields);
    expect((await listCaseRows(db)).find((row) => row.id === otherId)).toMatchObject({ name: '試験 太郎' });
    expect(await db.visits.count()).toBe(1);
  });

  it('seals the file under the passphrase: no name in it, a wrong passphrase opens nothing and writes nothing', async () => {
    await makeUnsentWork();
    const text = await saveFile();
    expect(JSON.parse(text)).toMatchObject({ format: 'tsunagu-device-backup', version: 2, entryCount: 3 });
    for (const secret of ['試験 花子', '試験 太郎', '吸引回数', '142107']) expect(text).not.toContain(secret);
    await clearAndChoosePinAgain();
    const error = await restoreFile(text, 'ちがう合言葉-2026').catch((caught: unknown) => caught);
    expect((error as DeviceBackupError).code).toBe('wrong-passphrase');
    expect(await db.outbox.count()).toBe(0);
    await expect(writeBackupFile(await exportDeviceBackup(db), 'short', 1_000)).rejects.toMatchObject({ code: 'short-passphrase' });
  });

  it('still restores a version 1 file (in clear, from before encryption)', async () => {
    const { otherId } = await makeUnsentWork();
    const clearFile = JSON.stringify(await exportDeviceBackup(db));
    await clearAndChoosePinAgain();
    expect(await restoreFile(clearFile, '')).toEqual({ added: 3, alreadyQueued: 0 });
    expect((await listCaseRows(db)).find((row) => row.id === otherId)).toMatchObject({ name: '試験 太郎' });
  });

  it('writes a versioned document that parses with its schema', async () => {
    await makeUnsentWork();
    const backup = DeviceBackupSchema.parse(JSON.parse(JSON.stringify(await exportDeviceBackup(db))));
    expect(backup).toMatchObject({ format: 'tsunagu-device-backup', version: 1 });
    expect(backup.records.map((r) => r.collection).sort()).toEqual(['cases', 'cases', 'visits']);
  });

  it('adds nothing twice when restored on a device that still holds the entries', async () => {
    await makeUnsentWork();
    const text = await saveFile();
    const before = await listOutbox(db);
    expect(await restoreFile(text)).toEqual({ added: 0, alreadyQueued: 3 });
    expect(await listOutbox(db)).toEqual(before);
  });

  it('puts restored fields on top of a newer local copy of the record', async () => {
    const caseId = await createCase(db, fields);
    await settlePushed(db, await takePending(db, 10), [{ id: (await db.outbox.toArray())[0]!.id, status: 'applied', rev: 1 }]);
    await db.cases.update(caseId, { rev: 1 });
    await saveCase(db, caseId, { address: '三浦市南下浦町 1-2-3' });
    const text = await saveFile();
    const pulledLater = { ...(await getCase(db, caseId))!, rev: 5, address: '', phone: '046-000-0000' };
    await clearAndChoosePinAgain();
    await applyPulledPage(db, { changes: [{ collection: 'cases', record: pulledLater }], removals: [] });
    await restoreFile(text);
    expect(await getCase(db, caseId)).toMatchObject({ rev: 5, address: '三浦市南下浦町 1-2-3', phone: '046-000-0000' });
  });

  it.each([
    ['not JSON', '{"format": ', 'not-json'],
    ['another file', JSON.stringify({ cases: [] }), 'not-backup'],
    ['a newer version', JSON.stringify({ format: 'tsunagu-device-backup', version: 3 }), 'newer-version'],
  ])('refuses %s in Japanese and writes nothing', async (_name, text, code) => {
    await makeUnsentWork();
    const before = await listOutbox(db);
    const error = await restoreFile(text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeviceBackupError);
    expect((error as DeviceBackupError).code).toBe(code);
    expect((error as Error).message).toMatch(/[ぁ-んァ-ン]/);
    expect(await listOutbox(db)).toEqual(before);
  });

  it('refuses a backup with a damaged entry and writes nothing', async () => {
    await makeUnsentWork();
    const backup = await exportDeviceBackup(db);
    await clearAndChoosePinAgain();
    const damaged = { ...backup, entries: [...backup.entries.slice(0, 2), { ...backup.entries[2], id: 'not-a-uuid' }] };
    await expect(restoreFile(await writeBackupFile(damaged as unknown as DeviceBackup, PASSPHRASE, 1_000))).rejects.toThrow('バックアップファイルの内容が正しくありません');
    expect(await db.outbox.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
  });
});
