import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { listCaseRows } from '../../../src/db/case-rows.ts';
import { createCase, getCase, saveCase } from '../../../src/db/cases.ts';
import { getSession } from '../../../src/db/device-state.ts';
import { addVisit } from '../../../src/db/visits.ts';
import { ConsentSchema } from '../../../src/schema/case.ts';
import { ACCESS_MINUTES } from '../../../server/auth/tokens.ts';
import { MIURA, YOKOSUKA, makeCaseFields } from '../../server/fixtures.ts';
import { useLoopbackTablets } from './loopback-tablets.ts';

let clockOffsetMs = 0;
const now = () => new Date(Date.now() + clockOffsetMs);

const loopback = useLoopbackTablets(now);
const openTablet = (username?: string) => loopback.openTablet(username);
afterEach(() => {
  clockOffsetMs = 0;
});

const consentFor = (areas: string[]) =>
  ConsentSchema.parse({ id: randomUUID(), kind: 'provide', areas, date: new Date(Date.now() - 86_400_000 * 30).toISOString().slice(0, 10) });

describe('the client engine and the sign-in', () => {
  it('refreshes an expired access token transparently and keeps syncing', async () => {
    const tablet = await openTablet('yokosuka');
    await createCase(tablet.db, makeCaseFields({ municipalityCode: YOKOSUKA }));
    const before = await getSession(tablet.db);
    clockOffsetMs = (ACCESS_MINUTES + 1) * 60_000;
    expect(await tablet.sync()).toMatchObject({ state: 'idle', pending: 0 });
    const after = await getSession(tablet.db);
    expect(after?.token).not.toBe(before?.token);
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    clockOffsetMs += (ACCESS_MINUTES + 1) * 60_000;
    expect(await tablet.sync()).toMatchObject({ state: 'idle' });
  });

  it('removes a shared case, its visits and list row once the consent is withdrawn', async () => {
    const owner = await openTablet('yokosuka');
    const consent = consentFor([MIURA]);
    const caseId = await createCase(owner.db, makeCaseFields({ municipalityCode: YOKOSUKA, consents: [consent] }));
    await addVisit(owner.db, { caseId, note: '共有前の訪問' });
    await owner.sync();
    const other = await openTablet('miura');
    await other.sync();
    // Its first sync kept the case in a chunk (a pulled page kept whole), not in a row of its own.
    expect(await other.db.cases.get(caseId)).toBeUndefined();
    expect(await getCase(other.db, caseId)).toBeDefined();
    expect(await other.db.visits.where({ caseId }).count()).toBe(1);

    await saveCase(owner.db, caseId, { consents: [{ ...consent, withdrawnAt: new Date().toISOString().slice(0, 10) }] });
    await owner.sync();
    expect(await other.sync()).toMatchObject({ state: 'idle' });
    expect(await getCase(other.db, caseId)).toBeUndefined();
    expect((await other.db.chunks.toArray()).flatMap((chunk) => chunk.ids)).not.toContain(caseId);
    expect(await other.db.chunkBodies.count()).toBe(0);
    expect((await listCaseRows(other.db)).map((row) => row.id)).not.toContain(caseId);
    expect(await other.db.visits.where({ caseId }).count()).toBe(0);
  });

  it("wipes a disabled account's device and says why", async () => {
    const tablet = await openTablet('kamakura');
    await tablet.sync();
    await createCase(tablet.db, makeCaseFields({ municipalityCode: '142042' }));
    await tablet.sync();
    expect(await tablet.db.cases.count()).toBe(1);
    await loopback.server.store!.access.setDisabled('user-kamakura', new Date().toISOString());
    const status = await tablet.sync();
    expect(status).toMatchObject({ state: 'wiped', pending: 0 });
    expect(status.lastError).toContain('停止');
    expect(await tablet.db.cases.count()).toBe(0);
    expect(await getSession(tablet.db)).toBeUndefined();
    await loopback.server.store!.access.setDisabled('user-kamakura', null);
  });
});
