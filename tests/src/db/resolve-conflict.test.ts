import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeJson, toBase64Url } from '../../../src/crypto/bytes.ts';
import { exportBoxPublicKey, generateBoxKeyPair } from '../../../src/crypto/sealed-box.ts';
import { applyPulledPage, type PulledPage } from '../../../src/db/apply-pulled.ts';
import { getCase, saveCase } from '../../../src/db/cases.ts';
import { listOpenConflicts } from '../../../src/db/conflicts.ts';
import type { TsunaguDb } from '../../../src/db/database.ts';
import { saveSealKey } from '../../../src/db/device-state.ts';
import { settlePushed, takePending } from '../../../src/db/outbox.ts';
import { toWireMutation } from '../../../src/db/outbox-seal.ts';
import { resolveConflict } from '../../../src/db/resolve-conflict.ts';
import { lockVault } from '../../../src/db/vault.ts';
import { ConflictSchema, type Conflict } from '../../../src/schema/conflict.ts';
import type { Case } from '../../../src/schema/case.ts';
import type { PulledChange } from '../../../src/schema/sync-protocol.ts';
import { listOutbox } from '../../fixtures/opened-reads.ts';
import { makeCase } from '../../fixtures/records.ts';
import { openUnlockedDb } from '../../fixtures/unlocked-db.ts';

// Choosing a side of a conflict is a write of the field even when the value is the record's already: another
// coordinator's different choice then meets it on the server as a concurrent edit instead of being taken alone.

const CURRENT = '横須賀市長沢9丁目1-1';
const KEPT = '横須賀市浦賀9丁目2-2';

let db: TsunaguDb;
beforeEach(async () => {
  db = await openUnlockedDb(`resolve-${crypto.randomUUID()}`);
});
afterEach(async () => db.delete());

function makeConflict(record: Case, field = 'address', keptValue: unknown = KEPT, winningValue: unknown = CURRENT): Conflict {
  return ConflictSchema.parse({
    id: crypto.randomUUID(), rev: record.rev + 1, deleted: false, updatedAt: new Date().toISOString(), collection: 'cases',
    recordId: record.id, field, keptValue, winningValue, keptAt: 'a', keptBy: '端末A', winningAt: 'b', winningBy: '端末B',
  });
}

/** The case (rev 7, 住所 = the winning value) and its open conflict, pulled; `whole` as a first sync keeps them. */
async function pullCaseInConflict(whole = false, overrides: Partial<Case> = {}) {
  const record = makeCase({ rev: 7, address: CURRENT, ...overrides });
  const conflict = makeConflict(record);
  const changes: PulledChange[] = [{ collection: 'cases', record }, { collection: 'conflicts', record: conflict }];
  const page: PulledPage = whole ? { changes, removals: [], whole, bytes: encodeJson({ changes, cursor: '1', hasMore: false }) } : { changes, removals: [] };
  await applyPulledPage(db, page);
  return { record, conflict };
}

/** The case (rev 7, deleted or not) and its open conflict on `deleted`, whose winning side is what the case is. */
async function pullCaseInDeleteConflict(deleted: boolean) {
  const record = makeCase({ rev: 7, deleted });
  const conflict = makeConflict(record, 'deleted', !deleted, deleted);
  await applyPulledPage(db, { changes: [{ collection: 'cases', record }, { collection: 'conflicts', record: conflict }], removals: [] });
  return { record, conflict };
}

const entriesFor = async (id: string) => (await listOutbox(db)).filter((entry) => entry.recordId === id);

describe('resolveConflict', () => {
  it('asserts the field when the current value is chosen: the value is sent though unchanged, and the conflict is resolved', async () => {
    const { record, conflict } = await pullCaseInConflict();
    await resolveConflict(db, conflict, conflict.winningValue, 'B 担当');
    expect(await entriesFor(record.id)).toEqual([
      expect.objectContaining({ op: 'upsert', baseRev: 7, fields: { address: CURRENT }, asserted: ['address'] }),
    ]);
    expect(await entriesFor(conflict.id)).toEqual([expect.objectContaining({ fields: expect.objectContaining({ resolvedBy: 'B 担当' }) })]);
    expect((await getCase(db, record.id))?.address).toBe(CURRENT);
    expect(await listOpenConflicts(db, record.id)).toEqual([]);
  });

  it('asserts the field when the kept value is chosen, and writes it', async () => {
    const { record, conflict } = await pullCaseInConflict();
    await resolveConflict(db, conflict, conflict.keptValue, 'A 担当');
    expect(await entriesFor(record.id)).toEqual([expect.objectContaining({ fields: { address: KEPT }, asserted: ['address'] })]);
    expect((await getCase(db, record.id))?.address).toBe(KEPT);
  });

  it('sends the assertion beside the box sealed to the server, so the locked worker pushes it too', async () => {
    const server = await generateBoxKeyPair(true);
    await saveSealKey(db, { keyId: 'test-seal-key', publicKey: toBase64Url(await exportBoxPublicKey(server.publicKey)) });
    const { record, conflict } = await pullCaseInConflict();
    await resolveConflict(db, conflict, conflict.winningValue, 'B 担当');
    const stored = (await db.outbox.where({ recordId: record.id }).first())!;
    lockVault(db);
    const wire = await toWireMutation(db, stored);
    expect(wire).toMatchObject({ recordId: record.id, asserted: ['address'], sealed: { keyId: 'test-seal-key' } });
    expect(wire).not.toHaveProperty('fields');
  });

  it('keeps the assertion when a refused choice is folded into the next edit of the record', async () => {
    const { record, conflict } = await pullCaseInConflict();
    await resolveConflict(db, conflict, conflict.winningValue, 'B 担当');
    const sent = (await takePending(db, 10)).filter((entry) => entry.recordId === record.id);
    await settlePushed(db, sent, [{ id: sent[0]!.id, status: 'rejected', error: { code: 'invalid', field: 'address', message: 'bad' } }]);
    await saveCase(db, record.id, { notes: '直した' });
    expect(await entriesFor(record.id)).toEqual([
      expect.objectContaining({ state: 'pending', fields: { address: CURRENT, notes: '直した' }, asserted: ['address'] }),
    ]);
  });

  it('writes the choice to a record a first sync kept in a chunk (no row of its own)', async () => {
    const { record, conflict } = await pullCaseInConflict(true);
    expect(await db.cases.get(record.id)).toBeUndefined();
    await resolveConflict(db, conflict, conflict.keptValue, 'A 担当');
    expect(await entriesFor(record.id)).toEqual([expect.objectContaining({ baseRev: 7, fields: { address: KEPT }, asserted: ['address'] })]);
    expect((await getCase(db, record.id))?.address).toBe(KEPT);
  });

  it('sends nothing for a deleted record when its current value is chosen (an upsert would bring it back)', async () => {
    const { record, conflict } = await pullCaseInConflict(false, { deleted: true });
    await resolveConflict(db, conflict, conflict.winningValue, 'B 担当');
    expect(await entriesFor(record.id)).toEqual([]);
    expect(await listOpenConflicts(db, record.id)).toEqual([]);
  });
  it('asserts keeping a delete: a delete of the tombstone naming `deleted`, so a restore chosen elsewhere meets it', async () => {
    const { record, conflict } = await pullCaseInDeleteConflict(true);
    await resolveConflict(db, conflict, conflict.winningValue, 'A 担当');
    expect(await entriesFor(record.id)).toEqual([expect.objectContaining({ op: 'delete', baseRev: 7, fields: {}, asserted: ['deleted'] })]);
    expect((await getCase(db, record.id))?.deleted).toBe(true);
    expect(await listOpenConflicts(db, record.id)).toEqual([]);
  });

  it('asserts undoing a delete, and keeping a record a restore brought back: an upsert with no fields naming `deleted`', async () => {
    for (const deleted of [true, false]) {
      const { record, conflict } = await pullCaseInDeleteConflict(deleted);
      await resolveConflict(db, conflict, false, 'B 担当');
      expect(await entriesFor(record.id)).toEqual([expect.objectContaining({ op: 'upsert', baseRev: 7, fields: {}, asserted: ['deleted'] })]);
      expect((await getCase(db, record.id))?.deleted).toBe(false);
      expect(await listOpenConflicts(db, record.id)).toEqual([]);
    }
  });
});
