import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatsPayloadSchema, type StatsPayload } from '../../src/schema/stats.ts';
import { signIn, startTestServer, type TestClient, type TestServer } from './harness.ts';

let server: TestServer;
let supervisor: TestClient;
let admin: TestClient;

beforeAll(async () => {
  server = await startTestServer({ demo: { cases: 300, resources: 40, withVisits: true } });
  [supervisor, admin] = await Promise.all([signIn(server.url, 'supervisor'), signIn(server.url, 'admin')]);
});

afterAll(() => server?.stop());

async function getStats(token: string | null): Promise<Response> {
  return fetch(`${server.url}/api/stats`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

const cellsOf = (payload: StatsPayload) =>
  Object.values(payload.report.figures).flatMap((t) => [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total]);

describe('GET /api/stats', () => {
  it('gives a supervisor suppressed aggregates of their areas and never a case', async () => {
    const response = await getStats(supervisor.token);
    expect(response.status).toBe(200);
    const text = await response.text();
    const payload = StatsPayloadSchema.parse(JSON.parse(text));
    expect(payload.source).toBe('server');
    expect(payload.report.counted).toBeGreaterThan(200);
    expect(payload.report.municipalities).toContain('142018');
    expect(cellsOf(payload).filter((v) => v === 1 || v === 2)).toEqual([]);
    // Nothing that names or points at a child: no record ids, names, birth dates or addresses.
    const { changes } = await admin.pullAll();
    const cases = changes.filter((c) => c.collection === 'cases').map((c) => c.record as unknown as { id: string; name: string; address: string });
    expect(cases.length).toBeGreaterThan(200);
    for (const child of cases) {
      for (const value of [child.id, child.name, child.address]) expect(text).not.toContain(value);
    }
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}(?!")|birthDate|"name"/);
    // And the supervisor's own sync never carries a case either.
    expect((await supervisor.pullAll()).changes.filter((c) => c.collection !== 'resources')).toEqual([]);
  });

  it('records each time statistics are served in the audit log', async () => {
    const before = (await server.store.listAudit({ action: 'stats-view', userId: 'user-supervisor' })).length;
    await getStats(supervisor.token);
    const after = await server.store.listAudit({ action: 'stats-view', userId: 'user-supervisor' });
    expect(after).toHaveLength(before + 1);
    expect(JSON.parse(after.at(-1)!.detail!)).toMatchObject({ municipalities: expect.arrayContaining(['142018']) });
  });

  it('gives an administrator every area', async () => {
    const payload = StatsPayloadSchema.parse(await (await getStats(admin.token)).json());
    expect(payload.report.municipalities.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses coordinators (they compute on the tablet) and requests without a token', async () => {
    const coordinator = await signIn(server.url, 'miura');
    const refused = await getStats(coordinator.token);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await getStats(null)).status).toBe(401);
  });
});

describe('POST /api/audit/export', () => {
  const entry = (kind: string) => ({
    id: crypto.randomUUID(), kind, at: '2026-05-10T10:00:00.000+09:00', asOf: '2026-05-10', source: 'device', municipalities: ['142107'],
  });

  async function postExports(token: string, body: unknown): Promise<Response> {
    return fetch(`${server.url}/api/audit/export`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
  }

  it('writes each export made on a device to the audit log under the signed-in user', async () => {
    const coordinator = await signIn(server.url, 'miura');
    const entries = [entry('stats-csv-utf8'), entry('stats-print')];
    const response = await postExports(coordinator.token, { entries });
    expect(await response.json()).toEqual({ recorded: entries.map((e) => e.id) });
    const audit = await server.store.listAudit({ action: 'export', userId: 'user-miura' });
    expect(audit.map((a) => a.recordId)).toEqual(entries.map((e) => e.id));
    expect(JSON.parse(audit[1]!.detail!)).toMatchObject({ kind: 'stats-print', at: '2026-05-10T10:00:00.000+09:00', municipalities: ['142107'] });
  });

  it('refuses an unknown export kind with the field named', async () => {
    const response = await postExports(supervisor.token, { entries: [entry('case-list')] });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_body', field: 'entries.0.kind' } });
  });
});
