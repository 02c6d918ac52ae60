import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase, getCase } from '../../../src/db/cases.ts';
import { TsunaguDb } from '../../../src/db/database.ts';
import { openRow, VaultLockedError } from '../../../src/db/sealed-rows.ts';
import {
  changePin, createVault, isPinShapeValid, isUnlocked, lockVault, PinShapeError, readVault, unlockVault, WIPE_AFTER_FAILURES,
} from '../../../src/db/vault.ts';
import { openUnlockedDb, TEST_PIN } from '../../fixtures/unlocked-db.ts';

const WRONG_PIN = '935172';
const NEW_PIN = 'かぎ 2026 春';
const fields = { name: '試験 花子', nameKana: 'しけん はなこ', birthDate: '2019-06-01', municipalityCode: '142107', address: '逗子市桜山 9-9-9' };

const opened: TsunaguDb[] = [];
async function openDb(): Promise<TsunaguDb> {
  const db = await openUnlockedDb();
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const hex = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');
const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);

describe('createVault, lockVault and unlockVault', () => {
  let db: TsunaguDb;
  let id: string;
  beforeEach(async () => {
    db = await openDb();
    id = await createCase(db, fields);
  });

  it('leaves the app unlocked after the PIN is chosen, locks, and unlocks with the same PIN', async () => {
    expect(isUnlocked(db)).toBe(true);
    lockVault(db);
    expect(isUnlocked(db)).toBe(false);
    await expect(getCase(db, id)).rejects.toBeInstanceOf(VaultLockedError);
    expect(await unlockVault(db, TEST_PIN)).toEqual({ ok: true });
    expect(await getCase(db, id)).toMatchObject(fields);
  });

  it('unlocks on another handle of the same database with the PIN (a reload), not before', async () => {
    const reloaded = new TsunaguDb(db.name);
    await expect(getCase(reloaded, id)).rejects.toBeInstanceOf(VaultLockedError);
    expect(await unlockVault(reloaded, TEST_PIN)).toEqual({ ok: true });
    expect(await getCase(reloaded, id)).toMatchObject(fields);
    reloaded.close();
  });

  it('stores no key that opens data: only wrapped keys and the public half', async () => {
    const vault = (await readVault(db))!;
    expect(Object.keys(vault).sort()).toEqual(
      ['createdAt', 'dataKey', 'failures', 'id', 'kdf', 'pinChangedAt', 'privateKey', 'publicKey', 'retryAfter'],
    );
    expect(vault.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 1_000 });
    expect(vault.dataKey.ct.byteLength).toBeGreaterThan(32); // 32 key bytes + the GCM tag
    expect(vault.privateKey.format).toBe('pkcs8');
  });

  it('refuses to choose a PIN of the wrong shape', async () => {
    await expect(createVault(new TsunaguDb(`test-${crypto.randomUUID()}`), '123456', 1_000)).rejects.toBeInstanceOf(PinShapeError);
  });
});

describe('a wrong PIN', () => {
  it('never decrypts: the app stays locked and sealed rows do not open', async () => {
    const db = await openDb();
    const id = await createCase(db, fields);
    const stored = (await db.cases.get(id))!;
    lockVault(db);
    expect(await unlockVault(db, WRONG_PIN)).toEqual({ ok: false, reason: 'wrong-pin', failures: 1, attemptsLeft: WIPE_AFTER_FAILURES - 1, retryAfter: null });
    expect(isUnlocked(db)).toBe(false);
    await expect(openRow(db, 'cases', stored)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(getCase(db, id)).rejects.toBeInstanceOf(VaultLockedError);
  });

  it('never unlocks, whatever it is (property)', async () => {
    const db = await openDb();
    lockVault(db);
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 12 }).filter((pin) => pin.normalize('NFKC') !== TEST_PIN), async (pin) => {
        await db.vault.update('device', { failures: 0, retryAfter: null });
        const result = await unlockVault(db, pin);
        expect(result).toMatchObject({ ok: false, reason: 'wrong-pin' });
        expect(isUnlocked(db)).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('takes the PIN typed with full-width digits (an IME) as the same PIN', async () => {
    const db = await openDb();
    lockVault(db);
    const fullWidth = TEST_PIN.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(await unlockVault(db, fullWidth)).toEqual({ ok: true });
  });

  it('does not open a row sealed on another device, even unlocked there', async () => {
    const here = await openDb();
    const elsewhere = await openDb();
    const id = await createCase(here, fields);
    const stored = (await here.cases.get(id))!;
    await expect(openRow(elsewhere, 'cases', stored)).rejects.toThrow();
    expect(await openRow(here, 'cases', stored)).toMatchObject(fields);
  });

  it('does not let a ciphertext moved to another row open there', async () => {
    const db = await openDb();
    const [first, second] = [await createCase(db, fields), await createCase(db, { ...fields, name: '試験 次郎' })];
    const moved = { ...(await db.cases.get(second))!, sealed: (await db.cases.get(first))!.sealed };
    await expect(openRow(db, 'cases', moved)).rejects.toThrow();
  });

  it('does not let a moved ciphertext open from the working set either, once the original was read', async () => {
    const db = await openDb();
    const [first, second] = [await createCase(db, fields), await createCase(db, { ...fields, name: '試験 次郎' })];
    expect((await getCase(db, first))?.name).toBe('試験 花子');
    const moved = { ...(await db.cases.get(second))!, sealed: (await db.cases.get(first))!.sealed };
    await expect(openRow(db, 'cases', moved)).rejects.toThrow();
  });
});

describe('wrong PINs in a row', () => {
  it('are free three times, then each further try waits longer, and the tenth asks for a wipe, for good', async () => {
    const db = await openDb();
    lockVault(db);
    const start = new Date('2026-11-26T09:00:00.000Z');
    for (let failures = 1; failures <= 3; failures++) {
      expect(await unlockVault(db, WRONG_PIN, start)).toEqual({
        ok: false, reason: 'wrong-pin', failures, attemptsLeft: WIPE_AFTER_FAILURES - failures, retryAfter: null,
      });
    }
    let now = start;
    const waits: number[] = [];
    for (let failures = 4; failures < WIPE_AFTER_FAILURES; failures++) {
      const result = await unlockVault(db, WRONG_PIN, now);
      expect(result).toMatchObject({ ok: false, reason: 'wrong-pin', failures, attemptsLeft: WIPE_AFTER_FAILURES - failures });
      const retryAfter = new Date((result as { retryAfter: string }).retryAfter);
      waits.push((retryAfter.getTime() - now.getTime()) / 1000);
      // Before that time no PIN is tried, not even the right one, and the try is not counted.
      const early = at(retryAfter, -1);
      expect(await unlockVault(db, TEST_PIN, early)).toEqual({ ok: false, reason: 'wait', retryAfter: retryAfter.toISOString() });
      expect(await unlockVault(db, WRONG_PIN, early)).toEqual({ ok: false, reason: 'wait', retryAfter: retryAfter.toISOString() });
      expect((await readVault(db))?.failures).toBe(failures);
      now = retryAfter;
    }
    expect(waits).toEqual([30, 60, 120, 300, 600, 900]);

    expect(await unlockVault(db, WRONG_PIN, now)).toEqual({ ok: false, reason: 'wipe', failures: WIPE_AFTER_FAILURES });
    const muchLater = at(now, 86_400);
    expect(await unlockVault(db, WRONG_PIN, muchLater)).toEqual({ ok: false, reason: 'wipe', failures: WIPE_AFTER_FAILURES });
    expect(await unlockVault(db, TEST_PIN, muchLater)).toEqual({ ok: false, reason: 'wipe', failures: WIPE_AFTER_FAILURES });
    expect(isUnlocked(db)).toBe(false);
  });

  it('are all counted when tried at the same moment (no try slips past the limit)', async () => {
    const db = await openDb();
    lockVault(db);
    const results = await Promise.all(Array.from({ length: 12 }, () => unlockVault(db, WRONG_PIN)));
    expect((await readVault(db))!.failures).toBe(4);
    // Three free tries, the fourth sets a delay, every later one is refused while it runs.
    expect(results.filter((result) => !result.ok && result.reason === 'wait')).toHaveLength(8);
  });

  it('count from the PIN change form too', async () => {
    const db = await openDb();
    expect(await changePin(db, WRONG_PIN, NEW_PIN)).toMatchObject({ ok: false, reason: 'wrong-pin', failures: 1 });
    expect((await readVault(db))!.failures).toBe(1);
  });

  it('are forgotten after the right PIN', async () => {
    const db = await openDb();
    lockVault(db);
    const start = new Date('2026-11-26T09:00:00.000Z');
    for (let i = 0; i < 4; i++) await unlockVault(db, WRONG_PIN, start);
    expect(await readVault(db)).toMatchObject({ failures: 4, retryAfter: at(start, 30).toISOString() });
    expect(await unlockVault(db, TEST_PIN, at(start, 30))).toEqual({ ok: true });
    expect(await readVault(db)).toMatchObject({ failures: 0, retryAfter: null });
    lockVault(db);
    expect(await unlockVault(db, WRONG_PIN, at(start, 31))).toMatchObject({ reason: 'wrong-pin', failures: 1, retryAfter: null });
  });

  it('are counted on the device: a reload does not reset them', async () => {
    const db = await openDb();
    lockVault(db);
    for (let i = 0; i < 3; i++) await unlockVault(db, WRONG_PIN);
    const reloaded = new TsunaguDb(db.name);
    expect(await unlockVault(reloaded, WRONG_PIN)).toMatchObject({ reason: 'wrong-pin', failures: 4 });
    reloaded.close();
  });
});

describe('changePin', () => {
  it('re-wraps the keys: the old PIN no longer unlocks, the new one does, and sealed rows are not re-encrypted', async () => {
    const db = await openDb();
    const id = await createCase(db, fields);
    const before = (await db.cases.get(id))!.sealed!;
    const vaultBefore = (await readVault(db))!;

    expect(await changePin(db, TEST_PIN, NEW_PIN)).toMatchObject({ ok: true });
    const after = (await db.cases.get(id))!.sealed!;
    expect([hex(after.iv), hex(after.ct)]).toEqual([hex(before.iv), hex(before.ct)]);
    const vaultAfter = (await readVault(db))!;
    expect(hex(vaultAfter.kdf.salt)).not.toBe(hex(vaultBefore.kdf.salt));
    expect(hex(vaultAfter.dataKey.ct)).not.toBe(hex(vaultBefore.dataKey.ct));
    expect(vaultAfter.kdf.iterations).toBe(vaultBefore.kdf.iterations);

    lockVault(db);
    expect(await unlockVault(db, TEST_PIN)).toMatchObject({ ok: false, reason: 'wrong-pin' });
    expect(await unlockVault(db, NEW_PIN)).toEqual({ ok: true });
    expect(await getCase(db, id)).toMatchObject(fields);
  });

  it('changes nothing when the old PIN is wrong', async () => {
    const db = await openDb();
    const vaultBefore = (await readVault(db))!;
    expect(await changePin(db, WRONG_PIN, NEW_PIN)).toMatchObject({ ok: false, reason: 'wrong-pin', failures: 1 });
    expect(hex((await readVault(db))!.dataKey.ct)).toBe(hex(vaultBefore.dataKey.ct));
    lockVault(db);
    expect(await unlockVault(db, TEST_PIN)).toEqual({ ok: true });
  });

  it('refuses a new PIN of the wrong shape and keeps the old one', async () => {
    const db = await openDb();
    await expect(changePin(db, TEST_PIN, '000000')).rejects.toBeInstanceOf(PinShapeError);
    lockVault(db);
    expect(await unlockVault(db, TEST_PIN)).toEqual({ ok: true });
  });
});

describe('isPinShapeValid', () => {
  it('rejects one digit repeated, a run of digits and a PIN shorter than six', () => {
    for (const pin of ['111111', '123456', '12345', '987654', '0123456789', '']) expect(isPinShapeValid(pin)).toBe(false);
  });

  it('takes six or more characters that are neither', () => {
    for (const pin of [TEST_PIN, '112233', NEW_PIN, 'correct horse']) expect(isPinShapeValid(pin)).toBe(true);
  });
});
