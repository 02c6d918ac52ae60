import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema, HealthResponseSchema, SessionResponseSchema } from '../../src/schema/session.ts';
import { makeCaseFields, makeMutation } from './fixtures.ts';
import { signIn, startTestServer, type TestClient, type TestServer } from './harness.ts';

let server: TestServer;
let yokosuka: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  yokosuka = await signIn(server.url, 'yokosuka');
});
afterAll(() => server.stop());

const post = (path: string, body: string, token?: string) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = ApiErrorSchema.parse(await response.json());
  expect(body.error.code).toBe(code);
  return body.error;
}

describe('GET /api/health', () => {
  it('answers ok with the version', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(HealthResponseSchema.parse(await response.json()).ok).toBe(true);
  });
});

describe('POST /api/session', () => {
  it('returns a token, its expiry and the user for the right password', async () => {
    const response = await post('/api/session', JSON.stringify({ username: 'yokosuka', password: 'tsunagu-demo' }));
    expect(response.status).toBe(200);
    const session = SessionResponseSchema.parse(await response.json());
    expect(session.user).toEqual({ id: 'user-yokosuka', name: '横須賀 コーディネーター', role: 'coordinator', areas: ['142018'] });
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const minutes = (Date.parse(session.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14.9);
    expect(minutes).toBeLessThanOrEqual(15);
    const hours = (Date.parse(session.refreshExpiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
  });

  it('answers 401 invalid_credentials for a wrong password or an unknown user', async () => {
    await expectError(await post('/api/session', JSON.stringify({ username: 'yokosuka', password: 'wrong' })), 401, 'invalid_credentials');
    await expectError(await post('/api/session', JSON.stringify({ username: 'nobody', password: 'tsunagu-demo' })), 401, 'invalid_credentials');
  });

  it('answers 400 naming the missing field', async () => {
    const error = await expectError(await post('/api/session', JSON.stringify({ username: 'yokosuka' })), 400, 'invalid_body');
    expect(error.field).toBe('password');
  });
});

describe('authentication of /api/sync', () => {
  it('answers 401 JSON without a token', async () => {
    await expectError(await fetch(`${server.url}/api/sync/pull`), 401, 'unauthorized');
    await expectError(await post('/api/sync/push', '{"clientId":"x","mutations":[]}'), 401, 'unauthorized');
  });

  it('answers 401 JSON for an unknown token', async () => {
    const response = await fetch(`${server.url}/api/sync/pull`, { headers: { authorization: `Bearer ${'x'.repeat(43)}` } });
    await expectError(response, 401, 'invalid_token');
  });

  it('answers 401 once the access token has expired (15 min)', async () => {
    let clock = Date.now();
    const timed = await startTestServer({ now: () => new Date(clock) });
    try {
      const client = await signIn(timed.url, 'miura');
      const pullStatus = async () => {
        const response = await fetch(`${timed.url}/api/sync/pull`, { headers: { authorization: `Bearer ${client.token}` } });
        await response.arrayBuffer();
        return response.status;
      };
      clock += 14 * 60_000;
      expect(await pullStatus()).toBe(200);
      clock += 2 * 60_000;
      expect(await pullStatus()).toBe(401);
    } finally {
      await timed.stop();
    }
  });
});

describe('request errors', () => {
  it('answers 404 JSON for an unknown /api route', async () => {
    await expectError(await fetch(`${server.url}/api/nothing-here`), 404, 'not_found');
  });

  it('answers 400 for a body that is not JSON', async () => {
    await expectError(await post('/api/sync/push', '{not json', yokosuka.token), 400, 'bad_json');
  });

  it('answers 400 naming the field of a bad push body', async () => {
    const mutation = { ...makeMutation({ collection: 'cases', recordId: crypto.randomUUID(), fields: makeCaseFields() }), op: 'replace' };
    const body = JSON.stringify({ clientId: yokosuka.clientId, mutations: [mutation] });
    const error = await expectError(await post('/api/sync/push', body, yokosuka.token), 400, 'invalid_body');
    expect(error.field).toBe('mutations.0.op');
  });

  it('answers 400 naming fields for a mutation that has neither fields nor sealed fields', async () => {
    const { fields: _fields, ...bare } = makeMutation({ collection: 'cases', recordId: crypto.randomUUID(), fields: makeCaseFields() });
    const body = JSON.stringify({ clientId: yokosuka.clientId, mutations: [bare] });
    const error = await expectError(await post('/api/sync/push', body, yokosuka.token), 400, 'invalid_body');
    expect(error.field).toBe('mutations.0.fields');
  });

  it('answers 400 naming since for a cursor that is not one', async () => {
    const response = await fetch(`${server.url}/api/sync/pull?since=abc`, { headers: { authorization: `Bearer ${yokosuka.token}` } });
    expect((await expectError(response, 400, 'invalid_body')).field).toBe('since');
  });

  it('answers 413 JSON for a body over the limit', async () => {
    const huge = JSON.stringify({ clientId: 'x', mutations: [], padding: 'あ'.repeat(2_000_000) });
    await expectError(await post('/api/sync/push', huge, yokosuka.token), 413, 'too_large');
  });

  it('closes the connection after a 413, so the next request on a kept-alive agent goes on a fresh one', async () => {
    // The refused body is left unread: a connection kept after it would read its rest as the next request.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, path: string, body?: string) =>
      new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
        const req = request(`${server.url}${path}`, { method, agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${yokosuka.token}` } }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
        });
        req.on('error', reject);
        req.end(body);
      });
    try {
      const refused = await send('POST', '/api/sync/push', JSON.stringify({ clientId: 'x', mutations: [], padding: 'あ'.repeat(2_000_000) }));
      expect(refused).toEqual({ status: 413, connection: 'close' });
      expect((await send('GET', '/api/health')).status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it('answers 413 for an oversize chunked body without a content length', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/api/sync/push`, {
        method: 'POST',
        agent: false,
        headers: { authorization: `Bearer ${yokosuka.token}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
      req.on('error', reject);
      for (let i = 0; i < 6; i++) req.write('x'.repeat(1024 * 1024));
      req.end();
    });
    expect(status).toBe(413);
  });
});

describe('compression', () => {
  it('gzips large pull pages for clients that accept it', async () => {
    const fields = makeCaseFields({ notes: '経過メモ。'.repeat(300) });
    await yokosuka.push(makeMutation({ collection: 'cases', recordId: crypto.randomUUID(), fields }));
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      request(`${server.url}/api/sync/pull`, { agent: false, headers: { authorization: `Bearer ${yokosuka.token}`, 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject).end();
    });
    expect(raw.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(raw.body).toString('utf8')).changes.length).toBeGreaterThan(0);
  });
});

describe('the built app outside /api', () => {
  let app: TestServer;
  const dist = mkdtempSync(join(tmpdir(), 'tsunagu-dist-'));
  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>つなぐ</title>');
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1);');
    app = await startTestServer({ staticDir: dist });
  });
  afterAll(async () => {
    await app.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves hashed assets as immutable and the shell and service worker as no-cache', async () => {
    const asset = await fetch(`${app.url}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${app.url}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${app.url}/`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('falls back to index.html for navigation paths but not for missing files', async () => {
    const page = await fetch(`${app.url}/cases/123`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('つなぐ');
    expect((await fetch(`${app.url}/assets/missing-1.js`)).status).toBe(404);
  });

  it('never serves files outside the app directory', async () => {
    writeFileSync(join(dist, '..', 'tsunagu-secret.txt'), 'secret');
    const response = await fetch(`${app.url}/..%2ftsunagu-secret.txt`);
    expect(await response.text()).not.toContain('secret');
    rmSync(join(dist, '..', 'tsunagu-secret.txt'));
  });
});

describe('server faults', () => {
  it('answers 500 JSON without internals when the database is gone', async () => {
    const broken = await startTestServer();
    try {
      const client = await signIn(broken.url, 'yokosuka');
      await broken.store.close();
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void errors.push(args);
      const response = await fetch(`${broken.url}/api/sync/pull`, { headers: { authorization: `Bearer ${client.token}` } });
      console.error = original;
      const error = await expectError(response, 500, 'internal');
      expect(error.message).not.toMatch(/database|sqlite|stack|Error/i);
      expect(errors).toHaveLength(1);
    } finally {
      await broken.stop();
    }
  });
});
