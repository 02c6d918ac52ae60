import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConsentSchema, type Consent } from '../../../src/schema/case.ts';
import type { User } from '../../../src/schema/session.ts';
import { parsePullCursor } from '../../../server/sync/pull-cursor.ts';
import { KAMAKURA, MIURA, YOKOSUKA, makeCaseFields, makeMutation, makeVisitFields } from '../fixtures.ts';
import { useFreshDatabase, userOf } from './store-client.ts';
import { STORE_KINDS, titleFor } from './test-databases.ts';

const DAY = 86_400_000;
const dateIn = (now: Date, days: number) => new Date(now.getTime() + days * DAY + 9 * 3_600_000).toISOString().slice(0, 10);

function consentFor(areas: string[], overrides: Partial<Consent> = {}): Consent {
  return ConsentSchema.parse({ id: randomUUID(), kind: 'provide', areas, date: dateIn(new Date(), -30), ...overrides });
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Store purges on scope change', kind), () => {
    const { store } = useFreshDatabase(kind);
    const yokosuka = userOf('yokosuka');

    async function createCase(consents: Consent[], code = YOKOSUKA) {
      const id = randomUUID();
      const author = code === YOKOSUKA ? yokosuka : userOf('admin');
      const [result] = await store().push(author, { clientId: 'y', mutations: [makeMutation({ collection: 'cases', recordId: id, fields: makeCaseFields({ municipalityCode: code, consents }) })] }, new Date());
      return { id, rev: result!.rev! };
    }

    /** One page for the device, from a cursor the store handed out ('' for the beginning). */
    async function pullAs(user: User, clientId: string, since: string, at = new Date()) {
      const { seq, announced } = parsePullCursor(since)!;
      const page = await store().pull(user, seq, 1000, at, { clientId, announced });
      return { ids: page.changes.map((c) => c.record.id), removals: (page.removals ?? []).map((r) => r.id), cursor: page.cursor };
    }

    it('tells the device to remove a case once its consent is withdrawn, and only that device', async () => {
      const { id, rev } = await createCase([consentFor([KAMAKURA])]);
      await store().push(yokosuka, { clientId: 'y', mutations: [makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(id) })] }, new Date());
      const kamakura = userOf('kamakura');
      const first = await pullAs(kamakura, 'tablet-k', '');
      expect(first.ids).toContain(id);
      expect(first.removals).toEqual([]);
      const [consent] = (await store().pull(yokosuka, 0, 10, new Date())).changes[0]!.record.consents as Consent[];
      await store().push(yokosuka, { clientId: 'y', mutations: [makeMutation({ collection: 'cases', recordId: id, baseRev: rev, fields: { consents: [{ ...consent!, withdrawnAt: dateIn(new Date(), 0) }] } })] }, new Date());
      const second = await pullAs(kamakura, 'tablet-k', first.cursor);
      expect(second).toMatchObject({ ids: [], removals: [id] });
      expect((await pullAs(kamakura, 'tablet-k', second.cursor)).removals).toEqual([]);
      expect((await pullAs(kamakura, 'never-had-it', '')).removals).toEqual([]);
    });

    it('names a removal again until the device saves a cursor past it (a lost answer, pages asked for ahead)', async () => {
      const { id, rev } = await createCase([consentFor([KAMAKURA])]);
      const kamakura = userOf('kamakura');
      const first = await pullAs(kamakura, 'tablet-k', '');
      const [consent] = (await store().pull(yokosuka, 0, 10, new Date())).changes[0]!.record.consents as Consent[];
      await store().push(yokosuka, { clientId: 'y', mutations: [makeMutation({ collection: 'cases', recordId: id, baseRev: rev, fields: { consents: [{ ...consent!, withdrawnAt: dateIn(new Date(), 0) }] } })] }, new Date());
      await createCase([]);
      const lost = await pullAs(kamakura, 'tablet-k', first.cursor);
      expect(lost.removals).toEqual([id]);
      // Asked for from the lost page's cursor, before that page was written: not named again there…
      expect((await pullAs(kamakura, 'tablet-k', lost.cursor)).removals).toEqual([]);
      // …but the device never wrote either, and asks again from its saved cursor.
      const retried = await pullAs(kamakura, 'tablet-k', first.cursor);
      expect(retried.removals).toEqual([id]);
      expect(retried.cursor).toBe(lost.cursor);
      expect((await pullAs(kamakura, 'tablet-k', retried.cursor)).removals).toEqual([]);
    });

    it('reads the scope from 0 again when the answer that restarted it was lost', async () => {
      const now = new Date();
      const { id } = await createCase([consentFor([MIURA], { date: dateIn(now, 2) })]);
      const miura = userOf('miura');
      await store().createUser({ ...miura, username: 'miura', passwordHash: 'x' });
      const first = await pullAs(miura, 'tablet-m', '', now);
      const later = new Date(now.getTime() + 3 * DAY);
      expect((await pullAs(miura, 'tablet-m', first.cursor, later)).ids).toEqual([id]);
      const again = await pullAs(miura, 'tablet-m', first.cursor, later);
      expect(again.ids).toEqual([id]);
      expect((await pullAs(miura, 'tablet-m', again.cursor, later)).ids).toEqual([]);
    });

    it('removes a case when its consent expires by the passage of time alone', async () => {
      const now = new Date();
      const { id } = await createCase([consentFor([MIURA], { expiresAt: dateIn(now, 3) })]);
      const miura = userOf('miura');
      const first = await pullAs(miura, 'tablet-m', '', now);
      expect(first.ids).toEqual([id]);
      expect((await pullAs(miura, 'tablet-m', first.cursor, new Date(now.getTime() + 2 * DAY))).removals).toEqual([]);
      expect((await pullAs(miura, 'tablet-m', first.cursor, new Date(now.getTime() + 4 * DAY))).removals).toEqual([id]);
    });

    it("removes what an account's new areas no longer cover, and sends what they now do", async () => {
      await store().createUser({ ...yokosuka, username: 'yokosuka', passwordHash: 'x' });
      const kept = await createCase([]);
      const other = await createCase([], MIURA);
      const first = await pullAs(yokosuka, 'tablet-y', '');
      expect(first.ids).toEqual([kept.id]);
      expect(await store().access.setAreas(yokosuka.id, [MIURA])).toBe(true);
      const moved: User = { ...yokosuka, areas: [MIURA] };
      const second = await pullAs(moved, 'tablet-y', first.cursor);
      expect(second.removals).toEqual([kept.id]);
      expect(second.ids).toEqual([other.id]);
    });

    it('sends a case once a consent dated in the future starts, by the passage of time alone', async () => {
      const now = new Date();
      const { id } = await createCase([consentFor([MIURA], { date: dateIn(now, 2) })]);
      const miura = userOf('miura');
      await store().createUser({ ...miura, username: 'miura', passwordHash: 'x' });
      const first = await pullAs(miura, 'tablet-m', '', now);
      expect(first.ids).toEqual([]);
      expect((await pullAs(miura, 'tablet-m', first.cursor, new Date(now.getTime() + 3 * DAY))).ids).toEqual([id]);
    });

    it('removes every case from a supervisor-held device and nothing from an administrator', async () => {
      const { id } = await createCase([]);
      const admin = userOf('admin');
      const first = await pullAs(admin, 'tablet-a', '');
      expect(first.ids).toEqual([id]);
      expect((await pullAs(admin, 'tablet-a', first.cursor)).removals).toEqual([]);
      expect((await pullAs({ ...admin, role: 'supervisor', areas: [YOKOSUKA] }, 'tablet-a', first.cursor)).removals).toEqual([id]);
    });
  });
}
