import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullAll, signInApi } from './api.ts';
import { startAppServer, type AppServer } from './drivers/app-server.ts';
import { ENGINES } from './drivers/engines.ts';
import type { Driver } from './drivers/driver.ts';
import { countStoredCases, currentCaseId, editNote, hasController, openTabletIn, signIn, type Tablet } from './drivers/tablet.ts';

// Two coordinators, an iPad (WebKit) and an Android tablet (Chromium), edit the same child's メモ with no signal.
// When they are back online both values survive: one wins, the other is kept as a conflict shown on both.

let server: AppServer;
let yokosukaCases = 0;
let ipad: Tablet;
let android: Tablet;

beforeAll(async () => {
  server = await startAppServer();
  const changes = await pullAll(server.url, await signInApi(server.url, 'yokosuka'));
  yokosukaCases = changes.filter((c) => c.collection === 'cases' && !c.record.deleted).length;
  ipad = await openTabletIn(ENGINES.webkit, server.url);
  android = await openTabletIn(ENGINES.chromium, server.url);
});

afterAll(async () => {
  await Promise.allSettled([ipad?.close(), android?.close()]);
  await server?.close();
});

async function signInAndSync(tablet: Tablet): Promise<void> {
  await tablet.driver.goto(tablet.link.url);
  await expect.poll(() => hasController(tablet.driver), { timeout: 30_000 }).toBe(true);
  await signIn(tablet.driver, 'yokosuka');
  await expect.poll(() => countStoredCases(tablet.driver), { timeout: 30_000 }).toBe(yokosukaCases);
}

const syncNow = (driver: Driver) => driver.click({ role: 'button', name: '今すぐ同期' });

describe('a conflict between WebKit and Chromium', () => {
  let caseId = '';
  const notes = { ipad: `iPadで記録 ${Date.now()}`, android: `Androidで記録 ${Date.now()}` };

  it('opens the same case on both tablets', async () => {
    await Promise.all([signInAndSync(ipad), signInAndSync(android)]);
    await ipad.driver.click({ testId: 'case-row', index: 0 });
    caseId = await currentCaseId(ipad.driver);
    await android.driver.goto(`${android.link.url}/#/cases/${caseId}`);
    await expect.poll(() => currentCaseId(android.driver)).toBe(caseId);
  });

  it('keeps both offline edits of the same field as unsent', async () => {
    await Promise.all([ipad.goOffline(), android.goOffline()]);
    await editNote(ipad.driver, notes.ipad);
    await editNote(android.driver, notes.android);
    for (const tablet of [ipad, android]) {
      await expect.poll(() => tablet.text('sync-status')).toContain('未送信 1件');
    }
  });

  it('keeps the losing value as a conflict, shown on both tablets', async () => {
    const token = await signInApi(server.url, 'yokosuka');
    const serverNotes = async () => (await pullAll(server.url, token)).find((c) => c.record.id === caseId)?.record.notes;

    await ipad.goOnline();
    await syncNow(ipad.driver);
    await expect.poll(serverNotes, { timeout: 15_000 }).toBe(notes.ipad);
    await android.goOnline();
    await syncNow(android.driver);
    await expect.poll(async () => (await pullAll(server.url, token))
      .filter((c) => c.collection === 'conflicts' && c.record.recordId === caseId).length, { timeout: 15_000 }).toBe(1);
    // The iPad learns of the conflict on its next sync.
    await syncNow(ipad.driver);

    for (const tablet of [ipad, android]) {
      await expect.poll(() => tablet.count('conflict'), { timeout: 15_000 }).toBe(1);
      const shown = await tablet.text('conflict');
      expect(shown).toContain(notes.ipad);
      expect(shown).toContain(notes.android);
      await expect.poll(() => tablet.text('sync-status')).toContain('未送信 0件');
    }
  });
});
