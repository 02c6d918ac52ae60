import { isWideningActive, toDisasterCase } from '../domain/disaster-access.ts';
import type { AreaCount } from '../domain/disaster-areas.ts';
import { toDisasterRow, type DisasterRow } from '../domain/disaster-row.ts';
import { newRecordId } from '../domain/record-id.ts';
import type { DisasterCase, DisasterEvent, DisasterEventFields } from '../schema/disaster-event.ts';
import type { Resource } from '../schema/resource.ts';
import type { SafetyCheck } from '../schema/safety-check.ts';
import type { TsunaguDb, WidenedCase } from './database.ts';
import { countAreaRows, listAreaRows } from './disaster-rows.ts';
import { readLiveRecords, readRecords } from './layered-records.ts';
import { openRows } from './sealed-rows.ts';
import { writeRecord } from './write-record.ts';
import type { Case } from '../schema/case.ts';

export type NewDisasterEvent = Pick<DisasterEventFields, 'type' | 'outageStartedAt' | 'areas'> & Partial<Pick<DisasterEventFields, 'title' | 'startedBy' | 'note'>>;

/** Starts a disaster event on this tablet (offline too); it syncs like any record. */
export async function startDisasterEvent(db: TsunaguDb, event: NewDisasterEvent): Promise<string> {
  const id = newRecordId();
  await writeRecord(db, 'disasterEvents', id, { ...event });
  return id;
}

/** Ends an event (from `at` on, no widened access anywhere). */
export async function endDisasterEvent(db: TsunaguDb, id: string, at = new Date().toISOString()): Promise<void> {
  await writeRecord(db, 'disasterEvents', id, { endedAt: at });
}

/** An administrator's declaration: widens read access for the named responders until the event ends. */
export async function declareDisasterEvent(db: TsunaguDb, id: string, adminId: string, responders: readonly string[]): Promise<void> {
  await writeRecord(db, 'disasterEvents', id, { declaredBy: adminId, declaredAt: new Date().toISOString(), responders: [...responders] });
}

/** Every event, open ones first, newest first. */
export async function listDisasterEvents(db: TsunaguDb): Promise<DisasterEvent[]> {
  const events = await db.disasterEvents.filter((event) => !event.deleted).toArray();
  return events.sort((a, b) => Number(a.endedAt !== null) - Number(b.endedAt !== null) || b.outageStartedAt.localeCompare(a.outageStartedAt));
}

export type NewSafetyCheck = Pick<SafetyCheck, 'caseId' | 'eventId' | 'status'> & Partial<Pick<SafetyCheck, 'by' | 'note' | 'at'>>;

/** Appends one 安否確認 (never edited: a later check supersedes it by time). */
export async function recordSafetyCheck(db: TsunaguDb, check: NewSafetyCheck): Promise<string> {
  const id = newRecordId();
  await writeRecord(db, 'safetyChecks', id, { at: new Date().toISOString(), by: '', note: '', ...check });
  return id;
}

export async function listEventChecks(db: TsunaguDb, eventId: string): Promise<SafetyCheck[]> {
  return openRows<SafetyCheck>(db, 'safetyChecks', await db.safetyChecks.where('eventId').equals(eventId).toArray());
}

/**
 * The children of an event's areas this tablet may show, as small rows: its own cases (from their list rows,
 * never the whole records) and, while the declaration is in force, the widened read kept for this event.
 * Own records win.
 */
export async function listDisasterRows(db: TsunaguDb, event: DisasterEvent, now: Date): Promise<DisasterRow[]> {
  // One key range per area: Dexie answers it with getAll() on the store itself, no index lookups.
  const own = (await Promise.all(event.areas.map((code) => listAreaRows(db, code)))).flat();
  const byId = new Map<string, DisasterRow>();
  if (isWideningActive(event, now)) {
    const stored = await db.disasterCases.where('eventId').equals(event.id).toArray();
    for (const { eventId: _eventId, ...widened } of await openRows<WidenedCase>(db, 'disasterCases', stored)) byId.set(widened.id, toDisasterRow(widened));
  }
  // A deleted case has no row (and the widened read, refreshed from the server, no longer holds it).
  for (const row of own) byId.set(row.id, row);
  return [...byId.values()];
}

/**
 * The disaster fields of the given children (the cards on screen, or everyone when printing), by id: own
 * records first, then this event's widened read while it is in force.
 */
export async function listDisasterRecords(db: TsunaguDb, event: DisasterEvent, ids: readonly string[], now: Date): Promise<Map<string, DisasterCase>> {
  const byId = new Map<string, DisasterCase>();
  for (const record of (await readRecords(db, 'cases', ids)).values()) if (!record.deleted) byId.set(record.id, toDisasterCase(record));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0 && isWideningActive(event, now)) {
    const stored = (await db.disasterCases.bulkGet(missing.map((id): [string, string] => [event.id, id]))).filter((row) => row !== undefined);
    for (const widened of await openRows<WidenedCase>(db, 'disasterCases', stored)) byId.set(widened.id, toDisasterCase(widened));
  }
  return byId;
}

/** 福祉避難所 and hospitals of the directory (the only resources disaster mode shows). */
export async function listFacilities(db: TsunaguDb): Promise<Resource[]> {
  return (await readLiveRecords(db, 'resources')).filter((resource) => resource.type === 'welfare-shelter' || resource.type === 'hospital');
}

/**
 * Every municipality with children on this tablet, with how many: the user's own areas and those of cases shared
 * by consent from elsewhere. An event can cover any of them.
 */
export function listLocalAreas(db: TsunaguDb): Promise<AreaCount[]> {
  return countAreaRows(db);
}
