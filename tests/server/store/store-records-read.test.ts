import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConsentSchema } from '../../../src/schema/case.ts';
import { KAMAKURA, MIURA, YOKOSUKA, makeCaseFields, makeMutation, makeVisitFields } from '../fixtures.ts';
import { useFreshDatabase, userOf } from './store-client.ts';
import { STORE_KINDS, titleFor } from './test-databases.ts';

// A tablet that discards a refused change asks for the record again as the server has it (src/sync/refetch.ts):
// by id, under the pull's rules.

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Store reads records by id', kind), () => {
    const { store } = useFreshDatabase(kind);
    const admin = userOf('admin');

    async function create(collection: 'cases' | 'visits', fields: Record<string, unknown>) {
      const id = randomUUID();
      const [result] = await store().push(admin, { clientId: 'office', mutations: [makeMutation({ collection, recordId: id, fields })] }, new Date());
      expect(result?.status).toBe('applied');
      return id;
    }

    it('returns what the user may see as it is now, and nothing they may not', async () => {
      const own = await create('cases', makeCaseFields({ municipalityCode: YOKOSUKA, notes: 'サーバーの値' }));
      const elsewhere = await create('cases', makeCaseFields({ municipalityCode: MIURA }));
      const visit = await create('visits', makeVisitFields(own));
      const yokosuka = userOf('yokosuka');

      const cases = await store().readRecords(yokosuka, 'cases', [own, elsewhere, randomUUID()], new Date());
      expect(cases.map((record) => record.id)).toEqual([own]);
      expect(cases[0]).toMatchObject({ notes: 'サーバーの値', deleted: false });
      expect(typeof cases[0]!.rev).toBe('number');
      expect((await store().readRecords(yokosuka, 'visits', [visit], new Date())).map((record) => record.id)).toEqual([visit]);
      // The collection is part of the key: a case's id asked for as a visit is not found.
      expect(await store().readRecords(yokosuka, 'visits', [own], new Date())).toEqual([]);
      expect(await store().readRecords({ ...yokosuka, role: 'supervisor' }, 'cases', [own], new Date())).toEqual([]);
    });

    it('audits a read through a consent, as a pull does', async () => {
      const consent = ConsentSchema.parse({ id: randomUUID(), kind: 'provide', areas: [KAMAKURA], date: '2026-01-01' });
      const shared = await create('cases', makeCaseFields({ municipalityCode: YOKOSUKA, consents: [consent] }));
      const kamakura = userOf('kamakura');
      expect((await store().readRecords(kamakura, 'cases', [shared], new Date())).map((record) => record.id)).toEqual([shared]);
      const audit = await store().listAudit({ userId: kamakura.id, action: 'read-consent' });
      expect(audit.map((entry) => entry.recordId)).toContain(shared);
    });
  });
}
