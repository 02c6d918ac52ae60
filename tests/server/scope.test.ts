import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsentSchema, type CaseFields, type Consent } from '../../src/schema/case.ts';
import { KAMAKURA, MIURA, YOKOSUKA, makeCaseFields, makeMutation, makeResourceFields, makeVisitFields } from './fixtures.ts';
import { signIn, startTestServer, type TestClient, type TestServer } from './harness.ts';

let server: TestServer;
let yokosuka: TestClient;
let miura: TestClient;
let kamakura: TestClient;

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function consentFor(areas: string[], overrides: Partial<Consent> = {}): Consent {
  return ConsentSchema.parse({ id: randomUUID(), kind: 'provide', areas, date: daysFromToday(-30), ...overrides });
}

beforeAll(async () => {
  server = await startTestServer();
  yokosuka = await signIn(server.url, 'yokosuka');
  miura = await signIn(server.url, 'miura');
  kamakura = await signIn(server.url, 'kamakura');
});
afterAll(() => server.stop());

async function create(client: TestClient, fields: Partial<CaseFields>) {
  const recordId = randomUUID();
  const [result] = await client.push(makeMutation({ collection: 'cases', recordId, fields: makeCaseFields(fields) }));
  expect(result?.status).toBe('applied');
  return { recordId, rev: result!.rev! };
}

const idsOf = async (client: TestClient, collection: string) =>
  new Set((await client.pullAll()).changes.filter((c) => c.collection === collection).map((c) => c.record.id));

describe('area scope', () => {
  it('never gives a 三浦市 coordinator a 横須賀市 case, its visits or its conflicts', async () => {
    const { recordId, rev } = await create(yokosuka, { municipalityCode: YOKOSUKA });
    await yokosuka.push(makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(recordId) }));
    await yokosuka.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { notes: 'A' } }));
    await yokosuka.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { notes: 'B' } }));
    const { changes } = await miura.pullAll();
    const leaked = changes.filter((c) => c.record.id === recordId || c.record.caseId === recordId || c.record.recordId === recordId);
    expect(leaked).toEqual([]);
    expect(changes.some((c) => c.collection === 'cases' && c.record.municipalityCode === YOKOSUKA)).toBe(false);
  });

  it('rejects a push of a 横須賀市 case by a 三浦市 coordinator as forbidden', async () => {
    const [created] = await miura.push(makeMutation({ collection: 'cases', recordId: randomUUID(), fields: makeCaseFields({ municipalityCode: YOKOSUKA }) }));
    expect(created).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    const { recordId, rev } = await create(yokosuka, {});
    const [edited] = await miura.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { notes: '越境' } }));
    const [deleted] = await miura.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, op: 'delete' }));
    expect(edited).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect(deleted).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
  });

  it('refuses to move a case out of the coordinator\'s areas', async () => {
    const { recordId, rev } = await create(miura, { municipalityCode: MIURA });
    const [moved] = await miura.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { municipalityCode: YOKOSUKA } }));
    expect(moved).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect(await miura.find('cases', recordId)).toMatchObject({ municipalityCode: MIURA, rev });
  });

  it('refuses a visit for a case the coordinator cannot see or that does not exist', async () => {
    const { recordId } = await create(yokosuka, {});
    for (const caseId of [recordId, randomUUID()]) {
      const [result] = await miura.push(makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(caseId) }));
      expect(result).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    }
  });
});

describe('consent sharing (市町を越えた連携)', () => {
  it('shows a 横須賀市 case to a 鎌倉市 coordinator under an active consent, and audits every read', async () => {
    const { recordId } = await create(yokosuka, { consents: [consentFor([KAMAKURA])] });
    const visitId = randomUUID();
    await yokosuka.push(makeMutation({ collection: 'visits', recordId: visitId, fields: makeVisitFields(recordId) }));
    const cases = await idsOf(kamakura, 'cases');
    expect(cases.has(recordId)).toBe(true);
    expect((await idsOf(kamakura, 'visits')).has(visitId)).toBe(true);
    expect((await idsOf(miura, 'cases')).has(recordId)).toBe(false);
    const audit = await server.store.listAudit({ userId: 'user-kamakura', action: 'read-consent' });
    expect(audit.filter((e) => e.recordId === recordId && e.collection === 'cases').length).toBeGreaterThanOrEqual(2);
    expect(audit.some((e) => e.recordId === visitId)).toBe(true);
    expect(await server.store.listAudit({ userId: 'user-yokosuka', action: 'read-consent' })).toEqual([]);
  });

  it('ignores withdrawn, expired and future consents', async () => {
    const withdrawn = await create(yokosuka, { consents: [consentFor([KAMAKURA], { withdrawnAt: daysFromToday(-1) })] });
    const expired = await create(yokosuka, { consents: [consentFor([KAMAKURA], { expiresAt: daysFromToday(-2) })] });
    const future = await create(yokosuka, { consents: [consentFor([KAMAKURA], { date: daysFromToday(5) })] });
    const cases = await idsOf(kamakura, 'cases');
    for (const { recordId } of [withdrawn, expired, future]) expect(cases.has(recordId)).toBe(false);
  });

  it('lets the consented coordinator edit the case but not move or delete it, and audits the write', async () => {
    const { recordId, rev } = await create(yokosuka, { consents: [consentFor([KAMAKURA])] });
    const [edited] = await kamakura.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { school: '鎌倉の学校' } }));
    expect(edited?.status).toBe('applied');
    const [moved] = await kamakura.push(makeMutation({ collection: 'cases', recordId, baseRev: edited!.rev!, fields: { municipalityCode: KAMAKURA } }));
    const [deleted] = await kamakura.push(makeMutation({ collection: 'cases', recordId, baseRev: edited!.rev!, op: 'delete' }));
    expect(moved?.error?.code).toBe('forbidden');
    expect(deleted?.error?.code).toBe('forbidden');
    const writes = await server.store.listAudit({ userId: 'user-kamakura', action: 'write-consent' });
    expect(writes.some((e) => e.recordId === recordId)).toBe(true);
  });
});

describe('roles', () => {
  it('gives a supervisor the directory but no case-level records, and no writes', async () => {
    const { recordId } = await create(yokosuka, {});
    await yokosuka.push(makeMutation({ collection: 'resources', recordId: randomUUID(), fields: makeResourceFields() }));
    const supervisor = await signIn(server.url, 'supervisor');
    const { changes } = await supervisor.pullAll();
    expect(changes.length).toBeGreaterThan(0);
    expect(new Set(changes.map((c) => c.collection))).toEqual(new Set(['resources']));
    expect(changes.some((c) => c.record.id === recordId)).toBe(false);
    const [write] = await supervisor.push(makeMutation({ collection: 'cases', recordId: randomUUID(), fields: makeCaseFields() }));
    expect(write?.error?.code).toBe('forbidden');
  });

  it('gives an administrator every case', async () => {
    const a = await create(yokosuka, {});
    const b = await create(miura, { municipalityCode: MIURA });
    const admin = await signIn(server.url, 'admin');
    const cases = await idsOf(admin, 'cases');
    expect(cases.has(a.recordId) && cases.has(b.recordId)).toBe(true);
  });
});

describe('gaining a case later', () => {
  it('sends a newly consented case and its earlier visits to a user whose cursor is past them', async () => {
    const { recordId, rev } = await create(yokosuka, {});
    const visitId = randomUUID();
    await yokosuka.push(makeMutation({ collection: 'visits', recordId: visitId, fields: makeVisitFields(recordId) }));
    const { cursor } = await kamakura.pullAll();
    const [shared] = await yokosuka.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { consents: [consentFor([KAMAKURA])] } }));
    expect(shared?.status).toBe('applied');
    const { changes } = await kamakura.pullAll(cursor);
    expect(changes.map((c) => c.record.id)).toEqual(expect.arrayContaining([recordId, visitId]));
    const visit = changes.find((c) => c.record.id === visitId)!.record;
    expect(visit.rev).toBeGreaterThan(shared!.rev!);
  });
});
