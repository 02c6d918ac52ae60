import { describe, expect, it } from 'vitest';
import { createCase, getCase, saveCase } from '../../../src/db/cases.ts';
import { getCursor } from '../../../src/db/device-state.ts';
import { countRecords } from '../../../src/db/layered-records.ts';
import { listRejected } from '../../../src/db/outbox.ts';
import { createSyncApi } from '../../../src/sync/api-client.ts';
import { pullChanges } from '../../../src/sync/run-sync.ts';
import { makeCaseFields, makeMutation, MIURA, YOKOSUKA } from '../../server/fixtures.ts';
import { TestClient } from '../../server/harness.ts';
import { BASE_URL } from './faulty-network.ts';
import { useLoopbackTablets } from './loopback-tablets.ts';

const loopback = useLoopbackTablets();
const openTablet = (username?: string) => loopback.openTablet(username);

/** Creates `count` Yokosuka cases directly on the server, as another device would. */
async function seedCases(count: number): Promise<string[]> {
  const admin = await loopback.server.signIn('admin');
  const client = new TestClient(loopback.server.url!, admin.token);
  const mutations = Array.from({ length: count }, (_, i) =>
    makeMutation({ collection: 'cases', recordId: crypto.randomUUID(), fields: makeCaseFields({ notes: `seed ${i}` }) }),
  );
  await client.push(...mutations);
  return mutations.map((m) => m.recordId);
}

describe('pullChanges', () => {
  it('resumes from the last saved page after the connection drops mid-pull, without starting over', async () => {
    await seedCases(23);
    const tablet = await openTablet('admin');
    const session = await loopback.server.signIn('admin');
    const api = createSyncApi(BASE_URL, session.token, loopback.network.fetchFor(tablet.name));
    const options = { db: tablet.db, api, clientId: await tablet.deviceId(), pullLimit: 5 };
    const everything = (await loopback.server.pullAll(session.token)).length;

    // Three pages arrive; then the signal goes for longer than the retries last.
    loopback.network.plan(tablet.name, ['ok', 'ok', 'ok', 'drop', 'drop', 'drop']);
    await expect(pullChanges(options)).rejects.toMatchObject({ status: 0 });
    const savedCursor = await getCursor(tablet.db);
    expect(savedCursor).not.toBe('');
    const firstTry = loopback.network.requests(tablet.name, '/api/sync/pull');
    expect(firstTry).toHaveLength(6);
    // A first sync keeps its pages whole (chunks); the resumed pull, no longer from the beginning, writes rows.
    expect(await countRecords(tablet.db, 'cases')).toBe(15);
    expect(await tablet.db.cases.count()).toBe(0);

    const before = loopback.network.log.length;
    const received = await pullChanges(options);
    const resumed = loopback.network.log.slice(before);
    expect(resumed[0]?.since).toBe(savedCursor);
    expect(resumed.every((request) => request.since !== '')).toBe(true);
    expect(received).toBe(everything - 15);
    expect(await countRecords(tablet.db, 'cases') + (await countRecords(tablet.db, 'resources'))).toBe(everything);
    expect(await tablet.db.cases.count()).toBe(8);
  });
});

describe('runSync with a rejected mutation', () => {
  it('keeps the refused change in the outbox with the server reason, and resends it once fixed', async () => {
    const tablet = await openTablet('yokosuka');
    // 三浦市 is outside the Yokosuka coordinator's area: the device accepts it, the server refuses it.
    const id = await createCase(tablet.db, makeCaseFields({ municipalityCode: MIURA, notes: '地域外で作成' }));

    const status = await tablet.sync();
    expect(status).toMatchObject({ state: 'idle', pending: 0, rejected: 1 });
    const [refused] = await listRejected(tablet.db);
    expect(refused).toMatchObject({ recordId: id, state: 'rejected', error: { code: 'forbidden' } });
    expect(refused?.error?.message).toBeTruthy();
    const yokosuka = await loopback.server.signIn('yokosuka');
    const admin = await loopback.server.signIn('admin');
    expect((await loopback.server.readLatest(admin.token)).has(`cases/${id}`)).toBe(false);

    await saveCase(tablet.db, id, { municipalityCode: YOKOSUKA });
    expect(await tablet.sync()).toMatchObject({ state: 'idle', pending: 0, rejected: 0 });
    expect(await tablet.db.outbox.count()).toBe(0);
    const stored = (await loopback.server.readLatest(yokosuka.token)).get(`cases/${id}`);
    expect(stored).toMatchObject({ municipalityCode: YOKOSUKA, notes: '地域外で作成' });
    expect(await getCase(tablet.db, id)).toEqual(stored);
  });
});
