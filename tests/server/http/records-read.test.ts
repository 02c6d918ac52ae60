import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCaseFields, makeMutation, MIURA, YOKOSUKA } from '../fixtures.ts';
import { signIn, startTestServer, type TestClient, type TestServer } from '../harness.ts';

// GET /api/sync/records: a tablet reads records again as the server has them (src/sync/refetch.ts).

let server: TestServer;
let admin: TestClient;
let yokosuka: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signIn(server.url, 'admin');
  yokosuka = await signIn(server.url, 'yokosuka');
});
afterAll(() => server.stop());

const read = (client: TestClient, query: string) =>
  fetch(`${server.url}/api/sync/records?${query}`, { headers: { authorization: `Bearer ${client.token}` } });

describe('GET /api/sync/records', () => {
  it('answers the records the user may see, and names the others missing', async () => {
    const own = randomUUID();
    const other = randomUUID();
    await admin.push(
      makeMutation({ collection: 'cases', recordId: own, fields: makeCaseFields({ municipalityCode: YOKOSUKA }) }),
      makeMutation({ collection: 'cases', recordId: other, fields: makeCaseFields({ municipalityCode: MIURA }) }),
    );
    const response = await read(yokosuka, `collection=cases&ids=${own},${other}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { changes: { collection: string; record: { id: string } }[]; missing: string[] };
    expect(body.changes.map((change) => [change.collection, change.record.id])).toEqual([['cases', own]]);
    expect(body.missing).toEqual([other]);
  });

  it('refuses a malformed query with a JSON error naming the field', async () => {
    for (const [query, field] of [['collection=people&ids=' + randomUUID(), 'collection'], ['collection=cases&ids=x;DROP', 'ids'], ['collection=cases', 'ids']]) {
      const response = await read(yokosuka, query!);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: expect.any(String), field } });
    }
    const tooMany = Array.from({ length: 101 }, () => randomUUID()).join(',');
    expect((await read(yokosuka, `collection=cases&ids=${tooMany}`)).status).toBe(400);
  });

  it('asks for a sign-in', async () => {
    expect((await fetch(`${server.url}/api/sync/records?collection=cases&ids=${randomUUID()}`)).status).toBe(401);
  });
});
