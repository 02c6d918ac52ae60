import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createCase, getCase, saveCase } from '../../../src/db/cases.ts';
import { listCaseRows } from '../../../src/db/case-rows.ts';
import type { TsunaguDb } from '../../../src/db/database.ts';
import { saveSealKey } from '../../../src/db/device-state.ts';
import { applyPulledPage } from '../../../src/db/apply-pulled.ts';
import { listOpenConflicts } from '../../../src/db/conflicts.ts';
import { listEventChecks, recordSafetyCheck, startDisasterEvent } from '../../../src/db/disaster.ts';
import { saveWidenedRead } from '../../../src/db/disaster-widened.ts';
import { loadDraft, saveDraft } from '../../../src/db/drafts.ts';
import { listAreaRows } from '../../../src/db/disaster-rows.ts';
import { listRecordChanges } from '../../../src/db/outbox.ts';
import { toWireMutation } from '../../../src/db/outbox-seal.ts';
import { getRecord } from '../../../src/db/records.ts';
import { VaultLockedError } from '../../../src/db/sealed-rows.ts';
import { lockVault, unlockVault } from '../../../src/db/vault.ts';
import { toDisasterCase } from '../../../src/domain/disaster-access.ts';
import { ConflictSchema } from '../../../src/schema/conflict.ts';
import { addVisit, listVisits } from '../../../src/db/visits.ts';
import { decodeJson, toBase64Url } from '../../../src/crypto/bytes.ts';
import { sealLabel } from '../../../src/schema/seal-label.ts';
import { exportBoxPublicKey, fromWire, generateBoxKeyPair, openSealed } from '../../../src/crypto/sealed-box.ts';
import { dumpRawIndexedDb } from '../../fixtures/raw-indexeddb.ts';
import { makeCase } from '../../fixtures/records.ts';
import { openUnlockedDb, TEST_PIN } from '../../fixtures/unlocked-db.ts';

// Distinctive, fictitious values: none may be found anywhere in IndexedDB read raw.
const CHILD = {
  name: '封印 ゆめこ',
  nameKana: 'ふういん ゆめこ',
  birthDate: '2019-06-01',
  municipalityCode: '142107',
  address: '三浦市封印町 7-7-7 ひみつハイツ',
  phone: '046-987-6543',
  diagnoses: ['封印テスト症候群', 'SEALTEST-DIAGNOSIS-42'],
  guardians: [{ name: '封印 はるみ', relation: '母', phone: '090-1357-2468' }],
  notes: 'SEALTEST-NOTE 夜間の吸引が増えている',
};
const VISIT_NOTE = 'SEALTEST-VISIT 封印テスト訪問メモ';
const CHECK_NOTE = 'SEALTEST-CHECK 封印テスト安否メモ';
const CONFLICT_VALUE = 'SEALTEST-CONFLICT 封印テスト競合値';
const WIDENED_NAME = '封印 よそのこ';
const DRAFT_TEXT = 'SEALTEST-DRAFT 封印テスト下書き';
const SECRETS = [
  CHILD.name, CHILD.nameKana, CHILD.address, CHILD.phone, ...CHILD.diagnoses, CHILD.guardians[0]!.name, CHILD.guardians[0]!.phone,
  CHILD.notes, VISIT_NOTE, CHECK_NOTE, CONFLICT_VALUE, WIDENED_NAME, DRAFT_TEXT,
  // Parts too, in case a field is stored cut or re-encoded.
  '封印', 'ゆめこ', 'ひみつハイツ', 'SEALTEST',
];

let db: TsunaguDb;
beforeEach(async () => {
  db = await openUnlockedDb(`sealed-${crypto.randomUUID()}`);
});
afterEach(async () => db.delete());

/** A child's case, a visit and a safety check written through src/db as the app writes them. */
async function writeChildData() {
  const caseId = await createCase(db, CHILD);
  const visitId = await addVisit(db, { caseId, note: VISIT_NOTE });
  const eventId = await startDisasterEvent(db, { type: 'earthquake', outageStartedAt: new Date().toISOString(), areas: [CHILD.municipalityCode] });
  const checkId = await recordSafetyCheck(db, { caseId, eventId, status: 'needs-support', note: CHECK_NOTE });
  return { caseId, visitId, eventId, checkId };
}

/** What else a tablet keeps of children: a pulled conflict, a responder's widened read, an unsaved form. */
async function writeOtherChildData(caseId: string, eventId: string) {
  const conflict = ConflictSchema.parse({
    id: crypto.randomUUID(), rev: 1, deleted: false, updatedAt: new Date().toISOString(), collection: 'cases', recordId: caseId,
    field: 'notes', keptValue: CONFLICT_VALUE, winningValue: CHILD.notes, keptAt: 'a', keptBy: '端末A', winningAt: 'b', winningBy: '端末B',
  });
  await applyPulledPage(db, { changes: [{ collection: 'conflicts', record: conflict }], removals: [] });
  const widened = toDisasterCase(makeCase({ name: WIDENED_NAME, municipalityCode: '142042' }));
  await saveWidenedRead(db, { eventId, cases: [widened], safetyChecks: [] });
  await saveDraft(db, `case:${caseId}`, { notes: DRAFT_TEXT });
  return { conflictId: conflict.id, widenedId: widened.id };
}

const findSecrets = (dump: string) => SECRETS.filter((secret) => dump.includes(secret));

describe('records at rest', () => {
  it('leave no name, address, diagnosis or note of a child in clear anywhere in IndexedDB', async () => {
    const { caseId, eventId } = await writeChildData();
    await saveCase(db, caseId, { notes: `${CHILD.notes}（追記 SEALTEST）` });
    const { conflictId, widenedId } = await writeOtherChildData(caseId, eventId);
    // Written, and readable through src/db while unlocked.
    expect((await listOpenConflicts(db, caseId)).map((c) => [c.id, c.keptValue])).toEqual([[conflictId, CONFLICT_VALUE]]);
    expect((await loadDraft(db, `case:${caseId}`, z.object({ notes: z.string() })))?.value).toEqual({ notes: DRAFT_TEXT });
    const dump = await dumpRawIndexedDb(db.name);
    expect(dump).toContain(widenedId);
    expect(dump).toContain('"savedAt"'); // the drafts' store beside the database was read too
    // The scan really reads the tables: the clear index fields are there.
    expect(dump).toContain(caseId);
    expect(dump).toContain(CHILD.municipalityCode);
    expect(findSecrets(dump)).toEqual([]);
    lockVault(db);
    expect(findSecrets(await dumpRawIndexedDb(db.name))).toEqual([]);
  });

  it('cannot be read or written through src/db while locked, and read again after the unlock', async () => {
    const { caseId, visitId, eventId, checkId } = await writeChildData();
    lockVault(db);
    await expect(getCase(db, caseId)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(getRecord(db, 'visits', visitId)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(listCaseRows(db)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(listVisits(db, caseId)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(listEventChecks(db, eventId)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(listAreaRows(db, CHILD.municipalityCode)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(listRecordChanges(db, caseId)).rejects.toBeInstanceOf(VaultLockedError);
    const outboxBefore = await db.outbox.count();
    await expect(saveCase(db, caseId, { notes: '施錠中の編集' })).rejects.toBeInstanceOf(VaultLockedError);
    await expect(createCase(db, { ...CHILD, name: '施錠中 さん' })).rejects.toBeInstanceOf(VaultLockedError);
    expect(await db.outbox.count()).toBe(outboxBefore);
    expect(await db.cases.count()).toBe(1);

    expect(await unlockVault(db, TEST_PIN)).toEqual({ ok: true });
    expect(await getCase(db, caseId)).toMatchObject(CHILD);
    expect((await listCaseRows(db)).map((row) => [row.id, row.name, row.nameKana])).toEqual([[caseId, CHILD.name, CHILD.nameKana]]);
    expect((await listVisits(db, caseId)).map((visit) => [visit.id, visit.note])).toEqual([[visitId, VISIT_NOTE]]);
    expect((await listEventChecks(db, eventId)).map((check) => [check.id, check.note, check.status])).toEqual([[checkId, CHECK_NOTE, 'needs-support']]);
    expect((await listAreaRows(db, CHILD.municipalityCode)).map((row) => [row.id, row.address])).toEqual([[caseId, CHILD.address]]);
    expect((await listRecordChanges(db, caseId))[0]?.fields).toMatchObject({ name: CHILD.name, diagnoses: CHILD.diagnoses });
  });
});

describe('outbox entries of children\'s data', () => {
  it('are sealed for this device, with the fields in clear nowhere', async () => {
    const { caseId } = await writeChildData();
    const stored = (await db.outbox.where({ recordId: caseId }).first())!;
    expect(stored.sealed).toBeDefined();
    expect(stored).not.toHaveProperty('fields');
    // No server key known yet: nothing sealed for the server; an unlocked app sends the opened fields.
    expect(stored.toServer).toBeNull();
    expect(await toWireMutation(db, stored)).toMatchObject({ recordId: caseId, fields: { name: CHILD.name } });
    lockVault(db);
    expect(await toWireMutation(db, stored)).toBeNull();
  });

  it('carry the fields sealed to the server when its key is known, which the locked app pushes unopened', async () => {
    const server = await generateBoxKeyPair(true);
    await saveSealKey(db, { keyId: 'test-seal-key', publicKey: toBase64Url(await exportBoxPublicKey(server.publicKey)) });
    const caseId = await createCase(db, CHILD);
    const stored = (await db.outbox.where({ recordId: caseId }).first())!;
    expect(stored.sealed).toBeDefined();
    expect(stored.toServer).toMatchObject({ keyId: 'test-seal-key' });
    expect(findSecrets(await dumpRawIndexedDb(db.name))).toEqual([]);

    const box = fromWire(stored.toServer!);
    expect(sealLabel(stored)).toBe(`mutation:${stored.id}:cases:${caseId}`);
    expect(decodeJson(await openSealed(server.privateKey, box, sealLabel(stored)))).toMatchObject(CHILD);
    // Bound to its mutation and record: under another mutation's id, or replayed onto another record, it does not open.
    await expect(openSealed(server.privateKey, box, sealLabel({ ...stored, id: crypto.randomUUID() }))).rejects.toThrow();
    await expect(openSealed(server.privateKey, box, sealLabel({ ...stored, recordId: crypto.randomUUID() }))).rejects.toThrow();

    lockVault(db);
    const wire = await toWireMutation(db, stored);
    expect(wire).toEqual({
      id: stored.id, collection: 'cases', recordId: caseId, baseRev: null, op: 'upsert', at: stored.at, sealed: stored.toServer,
    });
    expect(wire).not.toHaveProperty('fields');
  });

  it('of the resource directory stay in clear (no child\'s data)', async () => {
    const { importResources } = await import('../../../src/db/resources.ts');
    const { makeResource } = await import('../../fixtures/resources.ts');
    const { id, rev: _rev, deleted: _deleted, updatedAt: _updatedAt, ...fields } = makeResource({ name: 'みさき訪問看護' });
    await importResources(db, [{ id, fields }]);
    const stored = (await db.outbox.where({ recordId: id }).first())!;
    expect(stored.sealed).toBeUndefined();
    expect((stored as { fields?: unknown }).fields).toMatchObject({ name: 'みさき訪問看護' });
    // And the raw scan above does see text stored in clear.
    expect(await dumpRawIndexedDb(db.name)).toContain('みさき訪問看護');
  });
});
