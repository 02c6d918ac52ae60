import { describe, expect, it } from 'vitest';
import { getCursor } from '../../../src/db/device-state.ts';
import { countRecords } from '../../../src/db/layered-records.ts';
import { createSyncApi } from '../../../src/sync/api-client.ts';
import { primeFirstPull } from '../../../src/sync/primed-pull.ts';
import { pullChanges } from '../../../src/sync/run-sync.ts';
import { makeCaseFields, makeMutation } from '../../server/fixtures.ts';
import { TestClient } from '../../server/harness.ts';
import { BASE_URL } from './faulty-network.ts';
import { useLoopbackTablets } from './loopback-tablets.ts';

// A first sign-in asks for the first page the moment the server answers (src/ui/session/sync-before-pin.ts);
// the sync then takes that request as its own first pull.

const loopback = useLoopbackTablets();

async function seedCases(count: number): Promise<void> {
  const admin = await loopback.server.signIn('admin');
  const mutations = Array.from({ length: count }, () => makeMutation({ collection: 'cases', recordId: crypto.randomUUID(), fields: makeCaseFields() }));
  await new TestClient(loopback.server.url!, admin.token).push(...mutations);
}

async function primedTablet() {
  const tablet = await loopback.openTablet('admin');
  const session = await loopback.server.signIn('admin');
  const clientId = await tablet.deviceId();
  const everything = (await loopback.server.pullAll(session.token)).length;
  const api = () => primeFirstPull(createSyncApi(BASE_URL, session.token, loopback.network.fetchFor(tablet.name)), clientId, 5);
  return { tablet, clientId, everything, api };
}

describe('a first pull asked for ahead of the sync', () => {
  it('is the sync’s first page: asked for once, and every record stored', async () => {
    await seedCases(12);
    const { tablet, clientId, everything, api } = await primedTablet();
    const primed = api();

    expect(await pullChanges({ db: tablet.db, api: primed, clientId, pullLimit: 5 })).toBe(everything);
    const asked = loopback.network.requests(tablet.name, '/api/sync/pull');
    expect(asked.filter((request) => request.since === '')).toHaveLength(1);
    expect(asked).toHaveLength(Math.ceil(everything / 5));
    expect(await countRecords(tablet.db, 'cases') + (await countRecords(tablet.db, 'resources'))).toBe(everything);
  });

  it('is asked for again when it was lost on the way, and nothing is missed', async () => {
    await seedCases(7);
    const { tablet, clientId, everything, api } = await primedTablet();
    loopback.network.plan(tablet.name, ['drop']);
    const primed = api();

    expect(await pullChanges({ db: tablet.db, api: primed, clientId, pullLimit: 5, retryDelayMs: 1 })).toBe(everything);
    expect(loopback.network.requests(tablet.name, '/api/sync/pull').filter((request) => request.since === '')).toHaveLength(2);
    expect(await getCursor(tablet.db)).not.toBe('');
    expect(await countRecords(tablet.db, 'cases') + (await countRecords(tablet.db, 'resources'))).toBe(everything);
  });

  it('is not used for a pull that does not start from the beginning', async () => {
    await seedCases(3);
    const { tablet, clientId, api } = await primedTablet();
    await pullChanges({ db: tablet.db, api: createSyncApi(BASE_URL, (await loopback.server.signIn('admin')).token, loopback.network.fetchFor(tablet.name)), clientId, pullLimit: 50 });
    const cursor = await getCursor(tablet.db);
    const before = loopback.network.requests(tablet.name, '/api/sync/pull').length;

    expect(await pullChanges({ db: tablet.db, api: api(), clientId, pullLimit: 5 })).toBe(0);
    const asked = loopback.network.requests(tablet.name, '/api/sync/pull').slice(before);
    expect(asked.map((request) => request.since)).toEqual(['', cursor]);
    expect(await getCursor(tablet.db)).toBe(cursor);
  });
});
