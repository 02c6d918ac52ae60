import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { fromBase64Url } from '../../../src/crypto/bytes.ts';
import { importBoxPublicKey } from '../../../src/crypto/sealed-box.ts';
import { SessionResponseSchema } from '../../../src/schema/session.ts';
import { deriveKeyId, loadSealKey, toSealKeyWire } from '../../../server/keys/seal-key.ts';
import { DEMO_PASSWORD } from '../../../server/seed/demo-users.ts';
import { makeCaseFields, makeMutation } from '../fixtures.ts';
import { signIn, startTestServer, type TestServer } from '../harness.ts';
import { fetchSealKey, sealMutation } from '../seal-mutation.ts';
import { STORE_KINDS, titleFor, type TestDatabase } from '../store/test-databases.ts';

async function postJson(url: string, body: unknown) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return SessionResponseSchema.parse(await response.json());
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Server seal key', kind), () => {
    let db: TestDatabase | undefined;
    const servers: TestServer[] = [];
    const start = async () => {
      db ??= await kind.create();
      const server = await startTestServer(db.location);
      servers.push(server);
      return server;
    };
    afterEach(async () => {
      await Promise.all(servers.splice(0).map((server) => server.stop()));
      await db?.drop();
      db = undefined;
    });

    it('answers GET /api/sync/key with 401 without a valid token', async () => {
      const server = await start();
      const none = await fetch(`${server.url}/api/sync/key`);
      expect(none.status).toBe(401);
      expect(await none.json()).toMatchObject({ error: { code: 'unauthorized' } });
      const wrong = await fetch(`${server.url}/api/sync/key`, { headers: { authorization: 'Bearer not-a-token' } });
      expect(wrong.status).toBe(401);
    });

    it('sends one key (a raw P-256 point, named by its hash) at sign-in, on refresh and from GET /api/sync/key', async () => {
      const server = await start();
      const session = await postJson(`${server.url}/api/session`, { username: 'yokosuka', password: DEMO_PASSWORD });
      const refreshed = await postJson(`${server.url}/api/session/refresh`, { refreshToken: session.refreshToken });
      const asked = await fetchSealKey(server.url, refreshed.token);
      expect(refreshed.sealKey).toEqual(session.sealKey);
      expect(asked).toEqual(session.sealKey);
      const raw = fromBase64Url(asked.publicKey);
      expect(raw.length).toBe(65);
      expect(raw[0]).toBe(0x04);
      expect(asked.keyId).toBe(deriveKeyId(raw));
      await expect(importBoxPublicKey(raw)).resolves.toBeDefined();
    });

    it('keeps its key across a restart, so boxes sealed before open after', async () => {
      const first = await start();
      const before = await fetchSealKey(first.url, (await signIn(first.url, 'yokosuka')).token);
      const mutation = makeMutation({ collection: 'cases', recordId: randomUUID(), fields: makeCaseFields() });
      const sealed = await sealMutation(mutation, before);
      await servers.pop()!.close();

      const second = await start();
      const tablet = await signIn(second.url, 'yokosuka');
      expect(await fetchSealKey(second.url, tablet.token)).toEqual(before);
      expect((await tablet.push(sealed))[0]?.status).toBe('applied');
    });

    it('gives every server on one database the same key, also when they create it at the same moment', async () => {
      db = await kind.create();
      const stores = await Promise.all([db.open(), db.open(), db.open()]);
      const keys = await Promise.all(stores.map((store) => loadSealKey(store)));
      expect(new Set(keys.map((key) => JSON.stringify(toSealKeyWire(key)))).size).toBe(1);

      const [a, b] = [await start(), await start()];
      const [tabletA, tabletB] = [await signIn(a.url, 'yokosuka'), await signIn(b.url, 'yokosuka')];
      const keyA = await fetchSealKey(a.url, tabletA.token);
      expect(keyA).toEqual(toSealKeyWire(keys[0]!));
      expect(await fetchSealKey(b.url, tabletB.token)).toEqual(keyA);
      // Sealed for one server, opened by the other: a replay through B of what A applied is a duplicate.
      const sealed = await sealMutation(makeMutation({ collection: 'cases', recordId: randomUUID(), fields: makeCaseFields() }), keyA);
      const [applied] = await tabletA.push(sealed);
      expect(await tabletB.push(sealed)).toEqual([{ id: sealed.id, status: 'duplicate', rev: applied!.rev }]);
    });
  });
}
