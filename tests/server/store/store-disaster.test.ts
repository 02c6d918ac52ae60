import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DisasterEventFieldsSchema, type DisasterEventFields } from '../../../src/schema/disaster-event.ts';
import { DISASTER_CASE_FIELDS } from '../../../src/schema/disaster-event.ts';
import { MIURA, YOKOSUKA, makeCaseFields, makeMutation } from '../fixtures.ts';
import { StoreClient, useFreshDatabase } from './store-client.ts';
import { STORE_KINDS, titleFor } from './test-databases.ts';

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

function makeEventFields(overrides: Partial<DisasterEventFields> = {}): DisasterEventFields {
  return DisasterEventFieldsSchema.parse({ type: 'earthquake', outageStartedAt: hoursFromNow(-1), areas: [YOKOSUKA], ...overrides });
}

const checkFields = (caseId: string, eventId: string, status = 'safe') =>
  ({ caseId, eventId, status, at: new Date().toISOString(), by: '対応者', note: '' });

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Store disaster widening', kind), () => {
    const { store } = useFreshDatabase(kind);
    const as = (username: string) => new StoreClient(store(), username);

    async function seedCases() {
      const yokosuka = as('yokosuka');
      const inArea = randomUUID();
      const team = [{ role: 'hospital', name: '試験病院', resourceId: null, phone: '046-000-0000' }, { role: 'school', name: '試験学校', resourceId: null, phone: '' }];
      await yokosuka.push(makeMutation({ collection: 'cases', recordId: inArea, fields: makeCaseFields({ diagnoses: ['試験診断'], medications: ['試験薬'], notes: '内部メモ', careTeam: team as never }) }));
      const outside = randomUUID();
      await as('miura').push(makeMutation({ collection: 'cases', recordId: outside, fields: makeCaseFields({ municipalityCode: MIURA }) }));
      return { inArea, outside };
    }

    async function declare(responders: string[], overrides: Partial<DisasterEventFields> = {}) {
      const eventId = randomUUID();
      const fields = makeEventFields({ declaredBy: 'user-admin', declaredAt: hoursFromNow(-0.5), responders, ...overrides });
      const [result] = await as('admin').push(makeMutation({ collection: 'disasterEvents', recordId: eventId, fields }));
      expect(result?.status).toBe('applied');
      return { eventId, rev: result!.rev! };
    }

    it('lets a coordinator start an event but only an administrator declare it, in their own name', async () => {
      const eventId = randomUUID();
      const [started] = await as('yokosuka').push(makeMutation({ collection: 'disasterEvents', recordId: eventId, fields: makeEventFields() }));
      expect(started?.status).toBe('applied');
      const [declared] = await as('yokosuka').push(makeMutation({ collection: 'disasterEvents', recordId: eventId, baseRev: started!.rev!, fields: { declaredBy: 'user-yokosuka', responders: ['user-kamakura'] } }));
      expect(declared).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
      const [impostor] = await as('admin').push(makeMutation({ collection: 'disasterEvents', recordId: eventId, baseRev: started!.rev!, fields: { declaredBy: 'someone-else' } }));
      expect(impostor).toMatchObject({ status: 'rejected', error: { field: 'declaredBy' } });
      const { eventId: declaredId, rev } = await declare(['user-kamakura']);
      const [ended] = await as('yokosuka').push(makeMutation({ collection: 'disasterEvents', recordId: declaredId, baseRev: rev, fields: { endedAt: hoursFromNow(0) } }));
      expect(ended?.error?.code).toBe('forbidden');
      expect((await as('supervisor').pullAll()).changes.filter((c) => c.collection === 'disasterEvents')).toHaveLength(2);
    });

    it('gives a named responder outside the area the disaster fields of the affected cases only, each read audited', async () => {
      const { inArea, outside } = await seedCases();
      const undeclared = randomUUID();
      await as('yokosuka').push(makeMutation({ collection: 'disasterEvents', recordId: undeclared, fields: makeEventFields() }));
      expect((await store().readDisasterCases(as('kamakura').user, undeclared, new Date())).kind).toBe('forbidden');
      const { eventId } = await declare(['user-kamakura']);
      await as('yokosuka').push(makeMutation({ collection: 'safetyChecks', recordId: randomUUID(), fields: checkFields(inArea, eventId, 'needs-support') }));

      const read = await store().readDisasterCases(as('kamakura').user, eventId, new Date());
      if (read.kind !== 'ok') throw new Error(`expected ok, got ${read.kind}`);
      expect(read.response.cases.map((c) => c.id)).toEqual([inArea]);
      const [child] = read.response.cases;
      expect(Object.keys(child!).sort()).toEqual(['id', ...DISASTER_CASE_FIELDS].sort());
      expect(child!.careTeam.map((m) => m.role)).toEqual(['hospital']);
      expect(JSON.stringify(read.response)).not.toMatch(/試験診断|試験薬|内部メモ|試験学校/);
      expect(read.response.safetyChecks.map((c) => c.status)).toEqual(['needs-support']);
      const audit = await store().listAudit({ userId: 'user-kamakura', action: 'read-disaster' });
      expect(audit).toEqual([expect.objectContaining({ collection: 'cases', recordId: inArea, detail: eventId })]);
      expect(audit.some((e) => e.recordId === outside)).toBe(false);
      // The ordinary pull stays as it was: nothing of 横須賀市 through sync.
      expect((await as('kamakura').pullAll()).changes.some((c) => c.record.id === inArea)).toBe(false);
      expect((await store().readDisasterCases(as('miura').user, eventId, new Date())).kind).toBe('forbidden');
      expect((await store().readDisasterCases(as('kamakura').user, randomUUID(), new Date())).kind).toBe('not-found');
    });

    it('lets a responder record safety checks on affected cases (audited), nobody else outside the area', async () => {
      const { inArea, outside } = await seedCases();
      const { eventId } = await declare(['user-kamakura']);
      const checkId = randomUUID();
      const [written] = await as('kamakura').push(makeMutation({ collection: 'safetyChecks', recordId: checkId, fields: checkFields(inArea, eventId) }));
      expect(written?.status).toBe('applied');
      const [again] = await as('kamakura').push(makeMutation({ collection: 'safetyChecks', recordId: checkId, fields: checkFields(inArea, eventId) }));
      expect(again?.status).toBe('duplicate');
      const [miura] = await as('miura').push(makeMutation({ collection: 'safetyChecks', recordId: randomUUID(), fields: checkFields(inArea, eventId) }));
      expect(miura?.error?.code).toBe('forbidden');
      const [beyond] = await as('kamakura').push(makeMutation({ collection: 'safetyChecks', recordId: randomUUID(), fields: checkFields(outside, eventId) }));
      expect(beyond?.error?.code).toBe('forbidden');
      expect(await store().listAudit({ userId: 'user-kamakura', action: 'write-disaster' })).toEqual([expect.objectContaining({ recordId: checkId })]);
      expect((await as('yokosuka').pullAll()).changes.filter((c) => c.collection === 'safetyChecks').map((c) => c.record.id)).toEqual([checkId]);
    });

    it('ends the widening with the event: after endedAt nothing is read or written, and nothing audited', async () => {
      const { inArea } = await seedCases();
      const { eventId, rev } = await declare([ 'user-kamakura' ], { endedAt: hoursFromNow(2) });
      const later = new Date(Date.now() + 3 * 3_600_000);
      expect((await store().readDisasterCases(as('kamakura').user, eventId, later)).kind).toBe('forbidden');
      const [ended] = await as('admin').push(makeMutation({ collection: 'disasterEvents', recordId: eventId, baseRev: rev, fields: { endedAt: hoursFromNow(-0.01) } }));
      expect(ended?.status).toBe('applied');
      expect((await store().readDisasterCases(as('kamakura').user, eventId, new Date())).kind).toBe('forbidden');
      const [check] = await as('kamakura').push(makeMutation({ collection: 'safetyChecks', recordId: randomUUID(), fields: checkFields(inArea, eventId) }));
      expect(check?.error?.code).toBe('forbidden');
      expect(await store().listAudit({ userId: 'user-kamakura' })).toEqual([]);
      expect((await store().readDisasterCases(as('admin').user, eventId, new Date())).kind).toBe('ok');
    });
  });
}
