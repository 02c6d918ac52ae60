import { afterEach, describe, expect, it } from 'vitest';
import { createCase, getCase, saveCase } from '../../../src/db/cases.ts';
import { getSession } from '../../../src/db/device-state.ts';
import { countRecords } from '../../../src/db/layered-records.ts';
import { addVisit } from '../../../src/db/visits.ts';
import { createSyncApi } from '../../../src/sync/api-client.ts';
import { pullChanges } from '../../../src/sync/run-sync.ts';
import { SESSION_HOURS } from '../../../server/auth/tokens.ts';
import { makeCaseFields } from '../../server/fixtures.ts';
import { listOutbox } from '../../fixtures/opened-reads.ts';
import { BASE_URL } from './faulty-network.ts';
import { useLoopbackTablets } from './loopback-tablets.ts';

// The server's clock, moved forward to let sessions expire.
let clockOffsetMs = 0;
const now = () => new Date(Date.now() + clockOffsetMs);

const loopback = useLoopbackTablets(now);
const openTablet = (username?: string) => loopback.openTablet(username);
afterEach(() => {
  clockOffsetMs = 0;
});

async function serverRecord(collection: string, id: string) {
  const { token } = await loopback.server.signIn('admin');
  return (await loopback.server.readLatest(token)).get(`${collection}/${id}`);
}

describe('syncNow', () => {
  it('keeps the outbox when the session has expired, and pushes it after signing in again', async () => {
    const tablet = await openTablet();
    const id = await createCase(tablet.db, makeCaseFields());
    expect(await tablet.sync()).toMatchObject({ state: 'idle', pending: 0 });
    await saveCase(tablet.db, id, { notes: '期限切れの前に書いた' });

    clockOffsetMs = (SESSION_HOURS + 1) * 3_600_000;
    const expired = await tablet.sync();
    expect(expired).toMatchObject({ state: 'signed-out', pending: 1 });
    expect(await getSession(tablet.db)).toBeUndefined();
    expect((await serverRecord('cases', id))?.notes).toBe('');

    await tablet.signIn(await loopback.server.signIn('yokosuka'));
    expect(await tablet.sync()).toMatchObject({ state: 'idle', pending: 0, rejected: 0 });
    expect((await serverRecord('cases', id))?.notes).toBe('期限切れの前に書いた');
  });

  it('keeps the outbox across closing and reopening the database, and delivers it afterwards', async () => {
    const tablet = await openTablet();
    const id = await createCase(tablet.db, makeCaseFields());
    await tablet.sync();
    await saveCase(tablet.db, id, { address: '横須賀市本町 1-1', phone: '046-111-2222' });
    const unsent = await listOutbox(tablet.db);
    expect(unsent).toHaveLength(1);

    await tablet.reopen();
    expect(await listOutbox(tablet.db)).toEqual(unsent);
    expect(await getCase(tablet.db, id)).toMatchObject({ address: '横須賀市本町 1-1', phone: '046-111-2222' });
    expect(await tablet.sync()).toMatchObject({ state: 'idle', pending: 0 });
    expect(await serverRecord('cases', id)).toMatchObject({ address: '横須賀市本町 1-1', phone: '046-111-2222' });
  });

  it('applies a push once when its answer was lost and the tablet was closed before it could retry', async () => {
    const tablet = await openTablet();
    const caseId = await createCase(tablet.db, makeCaseFields());
    await tablet.sync();
    const visitId = await addVisit(tablet.db, { caseId, note: '訪問。変わりなし。' });
    await saveCase(tablet.db, caseId, { notes: '一度だけ' });

    // The server commits the push, the answer is lost, and every retry finds no signal.
    loopback.network.plan(tablet.name, ['lose-response', 'drop', 'drop']);
    expect(await tablet.sync()).toMatchObject({ state: 'error', pending: 2 });
    const afterFirstDelivery = await serverRecord('cases', caseId);
    expect(afterFirstDelivery?.notes).toBe('一度だけ');

    await tablet.reopen();
    expect(await tablet.sync()).toMatchObject({ state: 'idle', pending: 0, rejected: 0 });
    expect(await serverRecord('cases', caseId)).toEqual(afterFirstDelivery);
    const { token } = await loopback.server.signIn('admin');
    const visits = (await loopback.server.pullAll(token)).filter((c) => c.collection === 'visits' && c.record.id === visitId);
    expect(visits).toHaveLength(1);
    expect(await tablet.db.visits.where({ caseId }).count()).toBe(1);
  });
});

describe('pullChanges when the session expires between pages', () => {
  it('keeps the pages already written and fails with 401, leaving nothing unhandled', async () => {
    const tablet = await openTablet('admin');
    for (let i = 0; i < 12; i++) await createCase(tablet.db, makeCaseFields({ notes: `page ${i}` }));
    await tablet.sync();
    const fresh = await openTablet('admin');
    const session = await loopback.server.signIn('admin');
    const send = loopback.network.fetchFor(fresh.name);
    let requests = 0;
    const expiring: typeof fetch = async (input, init) => {
      requests += 1;
      if (requests === 2) clockOffsetMs = (SESSION_HOURS + 1) * 3_600_000;
      return send(input, init);
    };
    const api = createSyncApi(BASE_URL, session.token, expiring);
    const options = { db: fresh.db, api, clientId: await fresh.deviceId(), pullLimit: 5 };
    await expect(pullChanges(options)).rejects.toMatchObject({ status: 401 });
    expect((await countRecords(fresh.db, 'cases')) + (await fresh.db.visits.count())).toBe(5);
  });
});
