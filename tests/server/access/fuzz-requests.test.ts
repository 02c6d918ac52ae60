import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema, SessionResponseSchema } from '../../../src/schema/session.ts';
import { DEMO_PASSWORD } from '../../../server/seed/demo-users.ts';
import { startTestServer, type TestServer } from '../harness.ts';

// At least 10,000 generated requests — bodies, queries and headers — against every endpoint of the in-process
// server over loopback HTTP: never a 5xx, never a change to stored records or accounts, every rejection JSON.

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const CONCURRENCY = 8;

type Spec = { method: string; path: string; auth: 'none' | 'garbage' | 'coordinator' | 'admin'; headers: Record<string, string>; body: string | null };

const ENDPOINTS: readonly (readonly [string, string])[] = [
  ['GET', '/api/health'], ['POST', '/api/session'], ['POST', '/api/session/refresh'], ['DELETE', '/api/session'],
  ['POST', '/api/sync/push'], ['GET', '/api/sync/pull'], ['GET', '/api/stats'], ['POST', '/api/audit/export'],
  ['GET', '/api/disaster/events/:id/cases'], ['GET', '/api/admin/users'], ['POST', '/api/admin/users'],
  ['PATCH', '/api/admin/users/:id'], ['GET', '/api/admin/audit'], ['GET', '/api/admin/audit.csv'],
  ['PUT', '/api/sync/push'], ['GET', '/api/nothing/here'],
];

const nearValid = fc.oneof(
  fc.record({ username: fc.string({ maxLength: 120 }), password: fc.string({ maxLength: 250 }) }),
  fc.record({ refreshToken: fc.string({ maxLength: 80 }) }),
  fc.record({ clientId: fc.string({ maxLength: 80 }), mutations: fc.array(fc.record({
    id: fc.oneof(fc.uuid(), fc.string()), collection: fc.constantFrom('cases', 'visits', 'resources', 'users', ''),
    recordId: fc.oneof(fc.uuid(), fc.string()), baseRev: fc.oneof(fc.constant(null), fc.integer()), op: fc.constantFrom('upsert', 'delete', 'drop'),
    fields: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 })), at: fc.string({ maxLength: 40 }),
  }, { requiredKeys: [] }), { maxLength: 4 }) }),
  fc.record({ disabled: fc.jsonValue({ maxDepth: 1 }), areas: fc.array(fc.string({ maxLength: 8 })), password: fc.string() }, { requiredKeys: [] }),
  fc.record({ username: fc.string(), name: fc.string(), role: fc.string(), areas: fc.array(fc.string()), password: fc.string() }, { requiredKeys: [] }),
  fc.record({ entries: fc.array(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }) }),
);

const bodyArb = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  nearValid.map((v) => JSON.stringify(v)),
);

const segment = fc.oneof(fc.uuid(), fc.string({ maxLength: 20 }).map(encodeURIComponent), fc.constant('%E0%A4%A'), fc.constant('..%2F..'));
const queryArb = fc.array(fc.tuple(fc.constantFrom('since', 'limit', 'client', 'userId', 'action', 'from', 'to', 'recordId', 'x'), fc.string({ maxLength: 30 })), { maxLength: 4 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${Math.random() < 0.1 ? '%zz' : encodeURIComponent(v)}`).join('&'));

const headerArb = fc.record({
  'content-type': fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''),
  'sec-fetch-site': fc.constantFrom('same-origin', 'same-origin', 'same-origin', 'same-origin', 'same-origin', 'none', 'none', 'cross-site', 'same-site'),
  origin: fc.constantFrom('SELF', 'SELF', 'SELF', 'SELF', 'SELF', 'SELF', 'https://evil.example', 'null', 'not a url'),
  'accept-encoding': fc.constantFrom('gzip', 'br', 'identity', 'gzip;q=0, *;q=0', 'x'),
  'x-forwarded-for': fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
}, { requiredKeys: [] });

const specArb: fc.Arbitrary<Spec> = fc.record({
  endpoint: fc.constantFrom(...ENDPOINTS), id: segment, query: queryArb, body: bodyArb, headers: headerArb,
  auth: fc.constantFrom('none' as const, 'garbage' as const, 'coordinator' as const, 'admin' as const),
}).map(({ endpoint: [method, path], id, query, body, headers, auth }) => ({
  method, path: `${path.replace(':id', id)}${query ? `?${query}` : ''}`, body: method === 'GET' ? null : body, headers,
  // Signing out with a real token would end the fuzzer's own session; it gets garbage instead.
  auth: method === 'DELETE' && (auth === 'coordinator' || auth === 'admin') ? 'garbage' : auth,
}));

let server: TestServer;
const tokens = { coordinator: '', admin: '' };

async function signIn(username: string): Promise<string> {
  const response = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  return SessionResponseSchema.parse(await response.json()).token;
}

/** Everything that must not change: every record (as the administrator pulls it) and every account. */
async function snapshot(): Promise<string> {
  const pulled = await server.store.pull({ id: 'user-admin', name: '', role: 'admin', areas: ['*'] }, 0, 100_000, new Date());
  return JSON.stringify([pulled.changes, await server.store.access.listAccounts()]);
}

async function send(spec: Spec): Promise<{ status: number; type: string; text: string }> {
  const auth: Record<string, string> = spec.auth === 'none' ? {} : { authorization: spec.auth === 'garbage' ? `Bearer ${randomUUID()}x` : `Bearer ${tokens[spec.auth]}` };
  const headers = { ...spec.headers, ...(spec.headers.origin === 'SELF' ? { origin: server.url } : {}), ...auth };
  const response = await fetch(`${server.url}${spec.path}`, { method: spec.method, headers, ...(spec.body === null ? {} : { body: spec.body }) });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

beforeAll(async () => {
  // The clock is ahead of the seed, so access tokens are minted once and stay valid for the run.
  server = await startTestServer({ demo: { cases: 30, resources: 10, withVisits: true } });
  tokens.coordinator = await signIn('yokosuka');
  tokens.admin = await signIn('admin');
});
afterAll(() => server.stop());

describe('request fuzzing', () => {
  it(`answers ${REQUESTS} generated requests without a 5xx, a changed record or a non-JSON rejection`, async () => {
    const before = await snapshot();
    const specs = fc.sample(specArb, { numRuns: REQUESTS, seed: 20261126 });
    const failures: string[] = [];
    const codes = new Map<string, number>();
    let next = 0;
    const worker = async () => {
      while (next < specs.length) {
        const spec = specs[next++]!;
        const { status, type, text } = await send(spec);
        const error = type.includes('application/json') ? ApiErrorSchema.safeParse(JSON.parse(text || 'null')) : null;
        const isJsonError = error?.success === true;
        const code = status < 400 ? String(status) : error?.success ? error.data.error.code : String(status);
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (status >= 500 || (status >= 400 && !isJsonError)) failures.push(`${spec.method} ${spec.path} → ${status} ${text.slice(0, 80)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(failures.slice(0, 5)).toEqual([]);
    // Most requests get past the origin gate and the guards to the routes' own parsing.
    expect(codes.get('cross_origin') ?? 0).toBeLessThan(REQUESTS / 2);
    expect((codes.get('invalid_body') ?? 0) + (codes.get('bad_json') ?? 0)).toBeGreaterThan(REQUESTS / 10);
    console.log('[fuzz] answers by code:', JSON.stringify(Object.fromEntries([...codes].sort())));
    expect(await snapshot()).toBe(before);
  }, 120_000);
});
