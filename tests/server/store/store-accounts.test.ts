import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../server/seed/seed-demo.ts';
import { MIURA, YOKOSUKA } from '../fixtures.ts';
import { StoreClient, useFreshDatabase } from './store-client.ts';
import { STORE_KINDS, titleFor } from './test-databases.ts';

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Store accounts and seeding', kind), () => {
    const { store } = useFreshDatabase(kind);

    it('keeps users, unexpired sessions and meta values', async () => {
      expect(await store().isEmpty()).toBe(true);
      await store().createUser({ id: 'u1', username: 'shiken', name: '試験 担当', role: 'coordinator', areas: [MIURA], passwordHash: 'hash' });
      expect(await store().isEmpty()).toBe(false);
      expect(await store().findUserByUsername('shiken')).toMatchObject({ id: 'u1', areas: [MIURA], passwordHash: 'hash' });
      expect(await store().findUserByUsername('nobody')).toBeNull();
      const now = new Date();
      await store().createSession({ tokenHash: 'live', userId: 'u1', expiresAt: new Date(now.getTime() + 60_000) });
      await store().createSession({ tokenHash: 'old', userId: 'u1', expiresAt: new Date(now.getTime() - 1) });
      expect(await store().findSessionUser('live', now)).toEqual({ id: 'u1', name: '試験 担当', role: 'coordinator', areas: [MIURA] });
      expect(await store().findSessionUser('old', now)).toBeNull();
      await store().setMeta('k', 'a');
      await store().setMeta('k', 'b');
      expect([await store().getMeta('k'), await store().getMeta('none')]).toEqual(['b', null]);
    });

    it('imports the demo data with its access index, so each coordinator pulls only their area', async () => {
      await seedDemo(store(), { cases: 40, resources: 10, withVisits: true });
      const all = (await new StoreClient(store(), 'admin').pullAll(0, 7)).changes;
      const miura = (await new StoreClient(store(), 'miura').pullAll(0, 7)).changes;
      const isShared = (record: Record<string, unknown>) =>
        (record.consents as { areas: string[] }[]).some((consent) => consent.areas.includes(MIURA));
      const ownCases = all.filter((c) => c.collection === 'cases' && c.record.municipalityCode === MIURA).map((c) => c.record.id);
      const pulledCases = miura.filter((c) => c.collection === 'cases');
      expect(all.filter((c) => c.collection === 'resources')).toHaveLength(10);
      expect(pulledCases.map((c) => c.record.id)).toEqual(expect.arrayContaining(ownCases));
      expect(pulledCases.filter((c) => c.record.municipalityCode !== MIURA && !isShared(c.record))).toEqual([]);
      expect(all.some((c) => c.record.municipalityCode === YOKOSUKA)).toBe(true);
      expect(all.map((c) => c.record.rev)).toEqual(all.map((_, i) => i + 1));
    });
  });
}
