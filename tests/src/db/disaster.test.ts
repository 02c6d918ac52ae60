import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPulledPage } from '../../../src/db/apply-pulled.ts';
import type { TsunaguDb } from '../../../src/db/database.ts';
import { declareDisasterEvent, endDisasterEvent, listDisasterEvents, listDisasterRecords, listDisasterRows, listEventChecks, recordSafetyCheck, startDisasterEvent } from '../../../src/db/disaster.ts';
import { dropEndedWidening, saveWidenedRead } from '../../../src/db/disaster-widened.ts';
import { toDisasterCase } from '../../../src/domain/disaster-access.ts';
import { toDisasterRow } from '../../../src/domain/disaster-row.ts';
import { latestChecks } from '../../../src/domain/safety-status.ts';
import { SafetyCheckSchema } from '../../../src/schema/safety-check.ts';
import { makeCase } from '../../fixtures/records.ts';
import { openUnlockedDb } from '../../fixtures/unlocked-db.ts';

let db: TsunaguDb;
beforeEach(async () => {
  db = await openUnlockedDb(`disaster-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const YOKOSUKA = '142018';
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describe('disaster events on the tablet', () => {
  it('starts an event and records safety checks offline, each with its outbox mutation', async () => {
    const eventId = await startDisasterEvent(db, { type: 'earthquake', outageStartedAt: hoursAgo(1), areas: [YOKOSUKA], startedBy: '横須賀' });
    const child = makeCase();
    await applyPulledPage(db, { changes: [{ collection: 'cases', record: child }], removals: [] });
    await recordSafetyCheck(db, { caseId: child.id, eventId, status: 'unreachable', by: 'A' });
    await recordSafetyCheck(db, { caseId: child.id, eventId, status: 'safe', by: 'B', at: new Date(Date.now() + 1000).toISOString() });
    const outbox = await db.outbox.toArray();
    expect(outbox.map((m) => m.collection)).toEqual(['disasterEvents', 'safetyChecks', 'safetyChecks']);
    expect(latestChecks(await listEventChecks(db, eventId), eventId).get(child.id)?.status).toBe('safe');
    const [event] = await listDisasterEvents(db);
    expect(event).toMatchObject({ id: eventId, declaredBy: null, responders: [], endedAt: null });
    // Own cases' rows come from the case index: the disaster row, with the list row's fields beside it.
    expect(await listDisasterRows(db, event!, new Date())).toEqual([expect.objectContaining(toDisasterRow(toDisasterCase(child)))]);
    expect((await listDisasterRecords(db, event!, [child.id], new Date())).get(child.id)).toEqual(toDisasterCase(child));
  });

  it('shows a responder the widened read only while the declaration is in force, and drops it after the end', async () => {
    const eventId = await startDisasterEvent(db, { type: 'typhoon', outageStartedAt: hoursAgo(2), areas: [YOKOSUKA] });
    await declareDisasterEvent(db, eventId, 'user-admin', ['user-kamakura']);
    const other = toDisasterCase(makeCase());
    const check = SafetyCheckSchema.parse({ id: crypto.randomUUID(), rev: 3, deleted: false, updatedAt: hoursAgo(0), caseId: other.id, eventId, status: 'needs-support', at: hoursAgo(0.5), by: '横須賀', note: '' });
    await saveWidenedRead(db, { eventId, cases: [other], safetyChecks: [check] });
    const declared = (await db.disasterEvents.get(eventId))!;
    expect((await listDisasterRows(db, declared, new Date(Date.now() + 1000))).map((c) => c.id)).toEqual([other.id]);
    expect((await listDisasterRecords(db, declared, [other.id], new Date(Date.now() + 1000))).get(other.id)).toEqual(other);
    expect(await listEventChecks(db, eventId)).toEqual([check]);
    await endDisasterEvent(db, eventId);
    const ended = (await db.disasterEvents.get(eventId))!;
    expect(await listDisasterRows(db, ended, new Date(Date.now() + 1000))).toEqual([]);
    expect((await listDisasterRecords(db, ended, [other.id], new Date(Date.now() + 1000))).size).toBe(0);
    expect(await dropEndedWidening(db, new Date(Date.now() + 1000))).toBe(1);
    expect(await db.disasterCases.count()).toBe(0);
  });
});
