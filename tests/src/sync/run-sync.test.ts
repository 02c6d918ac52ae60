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
    // A first sync keeps its pages whole (chunks), resumed after the drop too: it has not completed yet.
    expect(await countRecords(tablet.db, 'cases')).toBe(15);
    expect(await tablet.db.cases.count()).toBe(0);

    const before = loopback.network.log.length;
    const received = await pullChanges(options);
    const resumed = loopback.network.log.slice(before);
    expect(resumed[0]?.since).toBe(savedCursor);
    expect(resumed.every((request) => request.since !== '')).toBe(true);
    expect(received).toBe(everything - 15);
    expect(await countRecords(tablet.db, 'cases') + (await countRecords(tablet.db, 'resources'))).toBe(everything);
    expect(await tablet.db.cases.count()).toBe(0);
  });
});

/** The cursor a pull of everything ends with. */
async function lastCursor(token: string): Promise<string> {
  const response = await fetch(`${loopback.server.url}/api/sync/pull?since=&limit=5000`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { cursor: string }).cursor;
}

describe('pullChanges, page after page', () => {
  it("asks for the next page as soon as the server's headers name its cursor, before this page's body is read", async () => {
    await seedCases(12);
    const tablet = await openTablet('admin');
    const session = await loopback.server.signIn('admin');
    const send = loopback.network.fetchFor(tablet.name);
    const events: string[] = [];
    // Each body reaches the tablet 80 ms after its headers, as a large page does over a slow link.
    const slowBodies: typeof fetch = async (input, init) => {
      const since = new URL(String(input)).searchParams.get('since');
      events.push(`ask ${since}`);
      const response = await send(input, init);
      const bytes = await response.arrayBuffer();
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          await new Promise((resolve) => setTimeout(resolve, 80));
          events.push(`body ${since}`);
          controller.enqueue(new Uint8Array(bytes));
          controller.close();
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    };
    const api = createSyncApi(BASE_URL, session.token, slowBodies);
    const everything = (await loopback.server.pullAll(session.token)).length;

    expect(await pullChanges({ db: tablet.db, api, clientId: await tablet.deviceId(), pullLimit: 5 })).toBe(everything);
    const asks = events.filter((event) => event.startsWith('ask'));
    expect(asks.length).toBe(Math.ceil(everything / 5));
    // The second page was asked for before the first page's body arrived, and so on down the pages.
    expect(events.indexOf(asks[1]!)).toBeLessThan(events.indexOf('body '));
    expect(events.indexOf(asks[2]!)).toBeLessThan(events.indexOf(`body ${asks[1]!.slice(4)}`));
    expect(await countRecords(tablet.db, 'cases') + (await countRecords(tablet.db, 'resources'))).toBe(everything);
    expect(await getCursor(tablet.db)).toBe(asks.at(-1)!.slice(4) === '' ? '' : await lastCursor(session.token));
  });
});

describe('pullChanges when a page changes between its headers and a retry', () => {
  it('drops the pages asked for from the stale cursor and still stores every record as the server has it', async () => {
    const ids = await seedCases(12);
    const tablet = await openTablet('admin');
    const session = await loopback.server.signIn('admin');
    const admin = new TestClient(loopback.server.url!, session.token);
    const send = loopback.network.fetchFor(tablet.name);
    const asked: string[] = [];
    let broken = false;
    // The first page's headers arrive, then its body breaks off; before the retry a case on that page is edited,
    // so the page asked for again ends further on (the edit moved the case to the end).
    const flaky: typeof fetch = async (input, init) => {
      const since = new URL(String(input)).searchParams.get('since') ?? '';
      asked.push(since);
      const response = await send(input, init);
      if (since !== '' || broken) return response;
      broken = true;
      await response.arrayBuffer();
      const [first] = (await admin.pull('', 5)).changes;
      await admin.push(makeMutation({ collection: 'cases', recordId: first!.record.id, baseRev: first!.record.rev, fields: { notes: '見出しの後に変更' } }));
      const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.error(new TypeError('connection reset')) });
      return new Response(body, { status: 200, headers: response.headers });
    };
    const api = createSyncApi(BASE_URL, session.token, flaky);
    await pullChanges({ db: tablet.db, api, clientId: await tablet.deviceId(), pullLimit: 5, retryDelayMs: 1 });

    expect(asked.filter((since) => since === '')).toHaveLength(2);
    const latest = await loopback.server.readLatest(session.token);
    for (const id of ids) expect((await getCase(tablet.db, id))?.notes).toBe(latest.get(`cases/${id}`)?.['notes']);
    expect(await countRecords(tablet.db, 'cases') + (await countRecords(tablet.db, 'resources'))).toBe(latest.size);
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
