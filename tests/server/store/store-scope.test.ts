import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConsentSchema, type CaseFields, type Consent } from '../../../src/schema/case.ts';
import { KAMAKURA, MIURA, YOKOSUKA, makeCaseFields, makeMutation, makeResourceFields, makeVisitFields } from '../fixtures.ts';
import { StoreClient, useFreshDatabase } from './store-client.ts';
import { STORE_KINDS, titleFor } from './test-databases.ts';

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function consentFor(areas: string[], overrides: Partial<Consent> = {}): Consent {
  return ConsentSchema.parse({ id: randomUUID(), kind: 'provide', areas, date: daysFromToday(-30), ...overrides });
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Store scope', kind), () => {
    const { store } = useFreshDatabase(kind);
    const as = (username: string) => new StoreClient(store(), username);

    async function create(client: StoreClient, fields: Partial<CaseFields>) {
      const recordId = randomUUID();
      const [result] = await client.push(makeMutation({ collection: 'cases', recordId, fields: makeCaseFields(fields) }));
      expect(result?.status).toBe('applied');
      return { recordId, rev: result!.rev! };
    }

    const idsOf = async (client: StoreClient, collection: string) =>
      new Set((await client.pullAll(0, 3)).changes.filter((c) => c.collection === collection).map((c) => c.record.id));

    it('never gives a 三浦市 coordinator a 横須賀市 (142018) case, its visits or its conflicts, nor lets them write it', async () => {
      const yokosuka = as('yokosuka');
      const miura = as('miura');
      const { recordId, rev } = await create(yokosuka, { municipalityCode: YOKOSUKA });
      await yokosuka.push(makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(recordId) }));
      await yokosuka.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { notes: 'A' } }));
      await yokosuka.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { notes: 'B' } }));
      await create(miura, { municipalityCode: MIURA });
      const { changes } = await miura.pullAll(0, 2);
      expect(changes.map((c) => c.collection)).toEqual(['cases']);
      expect(changes.some((c) => c.record.municipalityCode === YOKOSUKA || c.record.caseId === recordId || c.record.recordId === recordId)).toBe(false);
      const [edited] = await miura.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { notes: '越境' } }));
      expect(edited).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    });

    it('shares a case by an active consent only, audits every read and write through it', async () => {
      const yokosuka = as('yokosuka');
      const kamakura = as('kamakura');
      const shared = await create(yokosuka, { consents: [consentFor([KAMAKURA])] });
      const withdrawn = await create(yokosuka, { consents: [consentFor([KAMAKURA], { withdrawnAt: daysFromToday(-1) })] });
      const expired = await create(yokosuka, { consents: [consentFor([KAMAKURA], { expiresAt: daysFromToday(-2) })] });
      const visitId = randomUUID();
      await yokosuka.push(makeMutation({ collection: 'visits', recordId: visitId, fields: makeVisitFields(shared.recordId) }));
      expect(await idsOf(kamakura, 'cases')).toEqual(new Set([shared.recordId]));
      expect(await idsOf(kamakura, 'visits')).toEqual(new Set([visitId]));
      expect(await idsOf(as('miura'), 'cases')).toEqual(new Set());
      const [edited] = await kamakura.push(makeMutation({ collection: 'cases', recordId: shared.recordId, baseRev: shared.rev, fields: { school: '鎌倉の学校' } }));
      expect(edited?.status).toBe('applied');
      const audit = await store().listAudit({ userId: 'user-kamakura' });
      expect(audit.filter((e) => e.action === 'read-consent').map((e) => e.recordId)).toEqual(expect.arrayContaining([shared.recordId, visitId]));
      expect(audit.filter((e) => e.action === 'write-consent')).toEqual([expect.objectContaining({ recordId: shared.recordId, detail: 'applied' })]);
      expect(audit.some((e) => e.recordId === withdrawn.recordId || e.recordId === expired.recordId)).toBe(false);
      expect(await store().listAudit({ userId: 'user-yokosuka' })).toEqual([]);
    });

    it('sends a newly consented case and its earlier visits to a user whose cursor is past them', async () => {
      const yokosuka = as('yokosuka');
      const kamakura = as('kamakura');
      const { recordId, rev } = await create(yokosuka, {});
      const visitId = randomUUID();
      await yokosuka.push(makeMutation({ collection: 'visits', recordId: visitId, fields: makeVisitFields(recordId) }));
      const { cursor } = await kamakura.pullAll();
      await yokosuka.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { consents: [consentFor([KAMAKURA])] } }));
      const { changes } = await kamakura.pullAll(cursor);
      expect(changes.map((c) => c.record.id)).toEqual([recordId, visitId]);
    });

    it('gives a supervisor the directory only and no writes; an administrator everything', async () => {
      const yokosuka = as('yokosuka');
      const { recordId } = await create(yokosuka, {});
      const resourceId = randomUUID();
      await yokosuka.push(makeMutation({ collection: 'resources', recordId: resourceId, fields: makeResourceFields() }));
      const supervisor = as('supervisor');
      expect((await supervisor.pullAll()).changes.map((c) => c.record.id)).toEqual([resourceId]);
      const [write] = await supervisor.push(makeMutation({ collection: 'resources', recordId: resourceId, baseRev: 1, fields: { vacancy: 3 } }));
      expect(write?.error?.code).toBe('forbidden');
      expect((await as('admin').pullAll()).changes.map((c) => c.record.id)).toEqual([recordId, resourceId]);
    });
  });
}
