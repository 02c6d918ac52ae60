import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../server/seed/seed-demo.ts';
import { makeMutation, MIURA, YOKOSUKA } from '../fixtures.ts';
import { StoreClient, useFreshDatabase } from './store-client.ts';
import { STORE_KINDS, titleFor } from './test-databases.ts';

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Store statistics source and audit', kind), () => {
    const { store } = useFreshDatabase(kind);

    it('lists live cases of the areas asked for, their live visits and the whole directory', async () => {
      await seedDemo(store(), { cases: 60, resources: 12, withVisits: true });
      const admin = (await new StoreClient(store(), 'admin').pullAll()).changes
        .map((c) => ({ ...(c.record as { id: string; rev: number; municipalityCode?: string }), collection: c.collection }));
      const miuraCases = admin.filter((r) => r.collection === 'cases' && r.municipalityCode === MIURA);
      const miuraIds = new Set(miuraCases.map((r) => r.id));
      const gone = miuraCases[0]!;
      await new StoreClient(store(), 'admin').push(makeMutation({ collection: 'cases', recordId: String(gone.id), baseRev: Number(gone.rev), op: 'delete' }));

      const miura = await store().listStatsRecords([MIURA]);
      expect(miura.cases.map((c) => c.id).sort()).toEqual([...miuraIds].filter((id) => id !== gone.id).sort());
      expect(miura.cases.every((c) => c.municipalityCode === MIURA && !c.deleted)).toBe(true);
      expect(miura.visits.every((v) => miuraIds.has(v.caseId) && v.caseId !== gone.id)).toBe(true);
      expect(miura.visits.length).toBeGreaterThan(0);
      expect(miura.resources).toHaveLength(12);

      const all = await store().listStatsRecords(null);
      expect(all.cases).toHaveLength(59);
      expect((await store().listStatsRecords([MIURA, YOKOSUKA])).cases.length).toBeGreaterThan(miura.cases.length);
      expect((await store().listStatsRecords([])).cases).toEqual([]);
    });

    it('appends audit entries as given', async () => {
      const entry = { at: '2026-05-10T01:00:00.000Z', userId: 'user-supervisor', action: 'stats-view', collection: null, recordId: null, detail: '{"asOf":"2026-05-10"}' };
      await store().appendAudit(entry);
      await store().appendAudit({ ...entry, userId: 'user-miura', action: 'export', recordId: 'e1' });
      expect(await store().listAudit({ action: 'stats-view' })).toEqual([entry]);
      expect(await store().listAudit({ userId: 'user-miura' })).toMatchObject([{ action: 'export', recordId: 'e1' }]);
    });
  });
}
