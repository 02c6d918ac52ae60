import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionResponseSchema, type SessionResponse } from '../../../src/schema/session.ts';
import { AccountListSchema, AuditListSchema } from '../../../src/schema/admin.ts';
import { DEMO_PASSWORD } from '../../../server/seed/demo-users.ts';
import { startTestServer, type TestServer } from '../harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function api(path: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) as { error?: { code: string } } & Record<string, unknown> };
}

async function signIn(username: string, password = DEMO_PASSWORD): Promise<SessionResponse> {
  const response = await api('/api/session', { body: { username, password } });
  expect(response.status).toBe(200);
  return SessionResponseSchema.parse(response.json());
}

describe('accounts administered over the API', () => {
  it('lets an administrator add, disable (the account then answers account_disabled) and re-enable an account', async () => {
    const admin = await signIn('admin');
    const created = await api('/api/admin/users', {
      token: admin.token,
      body: { username: 'shiken', name: '試験 太郎', role: 'coordinator', areas: ['142107'], password: 'long-enough-passphrase' },
    });
    expect(created.status).toBe(201);
    const id = (created.json().account as { id: string }).id;
    const user = await signIn('shiken', 'long-enough-passphrase');
    expect((await api('/api/sync/pull', { token: user.token })).status).toBe(200);

    expect((await api(`/api/admin/users/${id}`, { method: 'PATCH', token: admin.token, body: { disabled: true } })).status).toBe(200);
    const refused = await api('/api/sync/pull', { token: user.token });
    expect([refused.status, refused.json().error?.code]).toEqual([403, 'account_disabled']);
    const refresh = await api('/api/session/refresh', { body: { refreshToken: user.refreshToken } });
    expect([refresh.status, refresh.json().error?.code]).toEqual([403, 'account_disabled']);
    expect((await api('/api/session', { body: { username: 'shiken', password: 'long-enough-passphrase' } })).json().error?.code).toBe('account_disabled');

    await api(`/api/admin/users/${id}`, { method: 'PATCH', token: admin.token, body: { disabled: false } });
    expect((await api('/api/sync/pull', { token: user.token })).status).toBe(401);
    const list = AccountListSchema.parse((await api('/api/admin/users', { token: admin.token })).json());
    expect(list.accounts.find((a) => a.username === 'shiken')).toMatchObject({ disabledAt: null, areas: ['142107'] });
  });

  it('keeps coordinators and supervisors out of the admin API', async () => {
    for (const username of ['miura', 'supervisor']) {
      const { token } = await signIn(username);
      expect((await api('/api/admin/users', { token })).status).toBe(403);
      expect((await api('/api/admin/audit', { token })).status).toBe(403);
    }
  });

  it('refuses a short password and a taken user name, naming the field', async () => {
    const { token } = await signIn('admin');
    const short = await api('/api/admin/users', { token, body: { username: 'mijikai', name: '短', role: 'coordinator', areas: [], password: 'short' } });
    expect([short.status, (short.json().error as { field?: string }).field]).toEqual([400, 'password']);
    const taken = await api('/api/admin/users', { token, body: { username: 'miura', name: '重複', role: 'coordinator', areas: [], password: 'long-enough-passphrase' } });
    expect(taken.status).toBe(409);
  });
});

describe('tokens', () => {
  it('rotates the refresh token; presenting a used one revokes the whole sign-in', async () => {
    const first = await signIn('kamakura');
    const rotated = await api('/api/session/refresh', { body: { refreshToken: first.refreshToken } });
    expect(rotated.status).toBe(200);
    const second = SessionResponseSchema.parse(rotated.json());
    expect((await api('/api/sync/pull', { token: second.token })).status).toBe(200);
    const replayed = await api('/api/session/refresh', { body: { refreshToken: first.refreshToken } });
    expect(replayed.status).toBe(401);
    expect((await api('/api/sync/pull', { token: second.token })).status).toBe(401);
    expect((await api('/api/session/refresh', { body: { refreshToken: second.refreshToken } })).status).toBe(401);
  });

  it('ends the sign-in on DELETE /api/session', async () => {
    const session = await signIn('yokosuka');
    expect((await api('/api/session', { method: 'DELETE', token: session.token })).status).toBe(200);
    expect((await api('/api/sync/pull', { token: session.token })).status).toBe(401);
    expect((await api('/api/session/refresh', { body: { refreshToken: session.refreshToken } })).status).toBe(401);
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 with Retry-After after five failures for one account, while others still sign in', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await api('/api/session', { body: { username: 'supervisor', password: `wrong-${i}` } })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const limited = await api('/api/session', { body: { username: 'supervisor', password: DEMO_PASSWORD } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.json().error).toMatchObject({ code: 'rate_limited', retryAfter: expect.any(Number) });
    expect((await api('/api/session', { body: { username: 'miura', password: DEMO_PASSWORD } })).status).toBe(200);
  });
});

describe('audit viewer', () => {
  it('lists sign-ins and failures with the chain verified, and audits its own CSV export', async () => {
    const { token } = await signIn('admin');
    const list = AuditListSchema.parse((await api('/api/admin/audit?action=sign-in-failed', { token })).json());
    expect(list.chain.ok).toBe(true);
    expect(list.entries.length).toBeGreaterThan(0);
    expect(list.entries.every((e) => e.action === 'sign-in-failed')).toBe(true);
    const csv = await api('/api/admin/audit.csv?action=sign-in', { token });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('seq,at,userId,action,collection,recordId,detail,hash');
    const exports = AuditListSchema.parse((await api('/api/admin/audit?action=audit-export', { token })).json());
    expect(exports.entries).toHaveLength(1);
  });
});

describe('hardening', () => {
  it('sends security headers on the API, on errors and on the app', async () => {
    for (const path of ['/api/health', '/api/nothing', '/']) {
      const { headers } = await api(path);
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(headers.get('content-security-policy')).not.toContain('unsafe-inline');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('refuses API calls from another site', async () => {
    const foreign = await api('/api/session', { body: { username: 'miura', password: DEMO_PASSWORD }, headers: { origin: 'https://evil.example' } });
    expect([foreign.status, foreign.json().error?.code]).toEqual([403, 'cross_origin']);
    const crossSite = await api('/api/health', { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const own = await api('/api/health', { headers: { origin: server.url, 'sec-fetch-site': 'same-origin' } });
    expect(own.status).toBe(200);
  });
});
