import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeUtf8, toBase64Url } from '../../../src/crypto/bytes.ts';
import { exportBoxPublicKey, generateBoxKeyPair } from '../../../src/crypto/sealed-box.ts';
import { ApiErrorSchema } from '../../../src/schema/session.ts';
import type { SealKey } from '../../../src/schema/seal-key.ts';
import type { Mutation, SealedMutation } from '../../../src/schema/sync-protocol.ts';
import { makeCaseFields, makeMutation, makeVisitFields } from '../fixtures.ts';
import { signIn, startTestServer, type TestClient, type TestServer } from '../harness.ts';
import { fetchSealKey, sealMutation } from '../seal-mutation.ts';
import { STORE_KINDS, titleFor, type TestDatabase } from '../store/test-databases.ts';

const newCase = (overrides = {}) => makeMutation({ collection: 'cases', recordId: randomUUID(), fields: makeCaseFields(overrides) });

/** The same box with one ciphertext character changed: the GCM tag no longer verifies. */
function tamper(mutation: SealedMutation): SealedMutation {
  const { ct } = mutation.sealed;
  const flipped = ct[5] === 'A' ? 'B' : 'A';
  return { ...mutation, sealed: { ...mutation.sealed, ct: `${ct.slice(0, 5)}${flipped}${ct.slice(6)}` } };
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Sealed push', kind), () => {
    let db: TestDatabase;
    let server: TestServer;
    let tablet: TestClient;
    let key: SealKey;
    const seal = (mutation: Mutation, options?: Parameters<typeof sealMutation>[2]) => sealMutation(mutation, key, options);

    beforeEach(async () => {
      db = await kind.create();
      server = await startTestServer(db.location);
      tablet = await signIn(server.url, 'yokosuka');
      key = await fetchSealKey(server.url, tablet.token);
    });
    afterEach(async () => {
      await server.stop();
      await db.drop();
    });

    /** Asserts the push wrote nothing: no record, and the pull cursor did not move. */
    async function expectNothingWritten(recordId: string, cursorBefore: string) {
      const { changes, cursor } = await tablet.pullAll();
      expect(changes.filter((c) => c.record.id === recordId)).toEqual([]);
      expect(cursor).toBe(cursorBefore);
    }

    it('applies a sealed create and pulls the record with the sealed fields', async () => {
      const plain = newCase({ name: '封緘 花子', phone: '046-000-0001' });
      const [result] = await tablet.push(await seal(plain));
      expect(result).toMatchObject({ id: plain.id, status: 'applied' });
      const record = await tablet.find('cases', plain.recordId);
      expect(record).toMatchObject({ ...plain.fields, id: plain.recordId, rev: result!.rev, deleted: false });
      expect(record).not.toHaveProperty('sealed');
    });

    it('applies sealed and plain mutations mixed in one batch, in order, merged as plain ones would be', async () => {
      const created = newCase();
      const visit = makeMutation({ collection: 'visits', recordId: randomUUID(), fields: makeVisitFields(created.recordId, { note: '封緘された記録' }) });
      const [first] = await tablet.push(created);
      const phone = makeMutation({ collection: 'cases', recordId: created.recordId, baseRev: first!.rev!, fields: { phone: '046-111-1111' } });
      const school = makeMutation({ collection: 'cases', recordId: created.recordId, baseRev: first!.rev!, fields: { school: '試験支援学校' } });
      const results = await tablet.push(await seal(phone), visit, await seal(school));
      expect(results.map((r) => [r.id, r.status])).toEqual([[phone.id, 'applied'], [visit.id, 'applied'], [school.id, 'merged']]);
      expect(await tablet.find('cases', created.recordId)).toMatchObject({ phone: '046-111-1111', school: '試験支援学校' });
      expect(await tablet.find('visits', visit.recordId)).toMatchObject({ note: '封緘された記録' });
    });

    it('answers a replayed sealed mutation as duplicate with the first rev, however it is sealed again', async () => {
      const plain = newCase();
      const sealed = await seal(plain);
      const [first] = await tablet.push(sealed);
      const { cursor } = await tablet.pullAll();
      const again = await tablet.push(sealed, await seal(plain), plain);
      expect(again).toEqual([0, 1, 2].map(() => ({ id: plain.id, status: 'duplicate', rev: first!.rev })));
      expect((await tablet.pullAll()).cursor).toBe(cursor);
    });

    it('keeps asserted names beside the box: a sealed asserted value equal to the stored one is stamped anew', async () => {
      const created = newCase({ address: '横須賀市浦賀9丁目2-2' });
      const [first] = await tablet.push(created);
      const same = { collection: 'cases' as const, recordId: created.recordId, baseRev: first!.rev!, fields: { address: '横須賀市浦賀9丁目2-2' } };
      const [unasserted] = await tablet.push(await seal(makeMutation(same)));
      expect(unasserted).toMatchObject({ status: 'applied', rev: first!.rev });
      const sealed = await seal({ ...makeMutation(same), asserted: ['address'] });
      expect(sealed).toMatchObject({ asserted: ['address'] });
      expect(sealed).not.toHaveProperty('fields');
      const [asserted] = await tablet.push(sealed);
      expect(asserted?.status).toBe('applied');
      expect(asserted!.rev).toBeGreaterThan(first!.rev!);
      expect(await tablet.find('cases', created.recordId)).toMatchObject({ address: '横須賀市浦賀9丁目2-2', rev: asserted!.rev });
    });

    it('answers duplicate for a replay of an applied mutation even when its box no longer opens', async () => {
      const plain = newCase();
      const sealed = await seal(plain);
      const [first] = await tablet.push(sealed);
      const unknownKey = { ...sealed, sealed: { ...sealed.sealed, keyId: 'retired-key' } };
      expect(await tablet.push(tamper(sealed), unknownKey)).toEqual([
        { id: plain.id, status: 'duplicate', rev: first!.rev },
        { id: plain.id, status: 'duplicate', rev: first!.rev },
      ]);
    });

    it('rejects a tampered box naming sealed, writes nothing, and applies the intact box afterwards', async () => {
      const good = newCase();
      const bad = newCase();
      const sealedBad = await seal(bad);
      const [rejected, applied] = await tablet.push(tamper(sealedBad), await seal(good));
      expect(rejected).toMatchObject({ id: bad.id, status: 'rejected', error: { code: 'seal_invalid', field: 'sealed' } });
      expect(rejected!.error!.message).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect(applied?.status).toBe('applied');
      expect(await tablet.find('cases', bad.recordId)).toBeUndefined();
      // Rejections are not remembered: the same mutation, sealed intact, still applies.
      expect((await tablet.push(sealedBad))[0]?.status).toBe('applied');
    });

    it('rejects a box sealed under another mutation id (label), writing nothing', async () => {
      const plain = newCase();
      const { cursor } = await tablet.pullAll();
      const [result] = await tablet.push(await seal(plain, { label: `mutation:${randomUUID()}` }));
      expect(result).toMatchObject({ id: plain.id, status: 'rejected', error: { code: 'seal_invalid', field: 'sealed' } });
      await expectNothingWritten(plain.recordId, cursor);
    });

    it('rejects a box for an unknown key id as seal_key_unknown, and one sealed to another key as seal_invalid', async () => {
      const plain = newCase();
      const { cursor } = await tablet.pullAll();
      const stranger = await generateBoxKeyPair(false);
      const otherKey = { keyId: key.keyId, publicKey: toBase64Url(await exportBoxPublicKey(stranger.publicKey)) };
      const unknown = await seal(plain);
      const results = await tablet.push({ ...unknown, sealed: { ...unknown.sealed, keyId: 'someone-elses' } }, await sealMutation(plain, otherKey));
      expect(results).toMatchObject([
        { id: plain.id, status: 'rejected', error: { code: 'seal_key_unknown', field: 'sealed' } },
        { id: plain.id, status: 'rejected', error: { code: 'seal_invalid', field: 'sealed' } },
      ]);
      await expectNothingWritten(plain.recordId, cursor);
    });

    it('rejects sealed plaintext that is not a JSON fields record', async () => {
      const plain = newCase();
      const results = await tablet.push(
        await seal(plain, { plaintext: encodeUtf8('{not json') }),
        await seal(plain, { plaintext: encodeUtf8('["name"]') }),
        await seal(plain, { plaintext: encodeUtf8(JSON.stringify({ ['x'.repeat(61)]: 1 })) }),
      );
      expect(results.map((r) => r.error?.code)).toEqual(['seal_invalid', 'seal_invalid', 'seal_invalid']);
      expect(await tablet.find('cases', plain.recordId)).toBeUndefined();
    });

    it('rejects sealed fields that break the record schema by the field, as it would plain ones', async () => {
      const plain = makeMutation({ collection: 'cases', recordId: randomUUID(), fields: { ...makeCaseFields(), municipalityCode: '142019' } });
      const [result] = await tablet.push(await seal(plain));
      expect(result).toMatchObject({ status: 'rejected', error: { code: 'invalid', field: 'municipalityCode' } });
    });

    it('answers 400 naming the part of a malformed sealed box', async () => {
      const sealed = await seal(newCase());
      const response = await fetch(`${server.url}/api/sync/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tablet.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ clientId: tablet.clientId, mutations: [{ ...sealed, sealed: { ...sealed.sealed, iv: 'AAAA' } }] }),
      });
      expect(response.status).toBe(400);
      expect(ApiErrorSchema.parse(await response.json()).error).toMatchObject({ code: 'invalid_body', field: 'mutations.0.sealed.iv' });
    });
  });
}
