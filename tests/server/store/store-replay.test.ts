import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConsentSchema } from '../../../src/schema/case.ts';
import { KAMAKURA, makeCaseFields, makeMutation, makeVisitFields } from '../fixtures.ts';
import { StoreClient, useFreshDatabase } from './store-client.ts';
import { STORE_KINDS, titleFor } from './test-databases.ts';

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const consentTo = (areas: string[], withdrawnAt: string | null = null) =>
  ConsentSchema.parse({ id: randomUUID(), kind: 'provide', areas, date: daysFromToday(-30), withdrawnAt });

// A new visit is remembered by its own stamps rather than a mutations row (server/store/append-replay.ts): its
// replays must answer exactly as a remembered mutation does, whatever happened to the visit or its case since.
for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Store replay of a new visit', kind), () => {
    const { store } = useFreshDatabase(kind);
    const as = (username: string) => new StoreClient(store(), username);

    async function createSharedCase(owner: StoreClient) {
      const recordId = randomUUID();
      const [created] = await owner.push(makeMutation({ collection: 'cases', recordId, fields: makeCaseFields({ consents: [consentTo([KAMAKURA])] }) }));
      return { recordId, rev: created!.rev! };
    }

    it('answers duplicate with the first rev after the visit was re-announced, changing nothing', async () => {
      const yokosuka = as('yokosuka');
      const { recordId, rev } = await createSharedCase(yokosuka);
      const visit = makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(recordId) });
      const [first] = await yokosuka.push(visit);
      await yokosuka.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { consents: [] } }));
      const { cursor } = await yokosuka.pullAll();
      expect((await yokosuka.versionsOf(visit.recordId))[0]!.rev).toBeGreaterThan(first!.rev!);
      expect(await yokosuka.push(visit, visit)).toEqual([0, 1].map(() => ({ id: visit.id, status: 'duplicate', rev: first!.rev })));
      expect((await yokosuka.pullAll()).cursor).toBe(cursor);
    });

    it('answers duplicate to a sender who has since lost the case, as for any applied mutation', async () => {
      const yokosuka = as('yokosuka');
      const kamakura = as('kamakura');
      const { recordId, rev } = await createSharedCase(yokosuka);
      const visit = makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(recordId) });
      const [first] = await kamakura.push(visit);
      expect(first?.status).toBe('applied');
      await yokosuka.push(makeMutation({ collection: 'cases', recordId, baseRev: rev, fields: { consents: [consentTo([KAMAKURA], daysFromToday(0))] } }));
      expect(await kamakura.push(visit)).toEqual([{ id: visit.id, status: 'duplicate', rev: first!.rev }]);
      const another = makeMutation({ collection: 'visits', recordId: visit.recordId, fields: makeVisitFields(recordId) });
      expect(await kamakura.push(another)).toEqual([expect.objectContaining({ status: 'rejected', error: expect.objectContaining({ code: 'forbidden' }) })]);
    });

    it('answers duplicate to a replay refused before the store (a sealed box that no longer opens)', async () => {
      const yokosuka = as('yokosuka');
      const { recordId } = await createSharedCase(yokosuka);
      const visit = makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(recordId) });
      const [first] = await yokosuka.push(visit);
      const refused = { id: visit.id, collection: visit.collection, recordId: visit.recordId, refused: { code: 'seal_invalid', message: '開けません', field: 'sealed' } };
      const answers = await store().push(yokosuka.user, { clientId: yokosuka.clientId, mutations: [refused] }, new Date());
      expect(answers).toEqual([{ id: visit.id, status: 'duplicate', rev: first!.rev }]);
    });
  });
}
