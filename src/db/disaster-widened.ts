import { isWideningActive } from '../domain/disaster-access.ts';
import type { DisasterCasesResponse, DisasterEvent } from '../schema/disaster-event.ts';
import type { TsunaguDb } from './database.ts';
import { sealRows } from './sealed-rows.ts';

/**
 * Keeps a responder's widened read of an event on the tablet (so the list works offline): the event's previous
 * read is replaced, and the safety checks of other coordinators are merged in (append-only: same id, same entry).
 */
export async function saveWidenedRead(db: TsunaguDb, response: DisasterCasesResponse): Promise<void> {
  const [cases, checks] = await Promise.all([
    sealRows(db, 'disasterCases', response.cases.map((record) => ({ ...record, eventId: response.eventId }))),
    sealRows(db, 'safetyChecks', response.safetyChecks),
  ]);
  await db.transaction('rw', [db.disasterCases, db.safetyChecks], async () => {
    await db.disasterCases.where('eventId').equals(response.eventId).delete();
    await db.disasterCases.bulkPut(cases as never[]);
    const known = new Set(await db.safetyChecks.where('eventId').equals(response.eventId).primaryKeys());
    await db.safetyChecks.bulkPut(checks.filter((check) => !known.has(check['id'] as string)) as never[]);
  });
}

/** Forgets every widened read whose event's widening is over (ended, deleted, or never in force here). */
export async function dropEndedWidening(db: TsunaguDb, now: Date): Promise<number> {
  const events = await db.disasterEvents.toArray();
  const active = events.filter((event: DisasterEvent) => isWideningActive(event, now)).map((event) => event.id);
  return db.disasterCases.where('eventId').noneOf(active).delete();
}
