import { isWideningActive, toDisasterCase } from '../domain/disaster-access.ts';
import type { DisasterCase, DisasterEvent, DisasterEventFields } from '../schema/disaster-event.ts';
import type { Resource } from '../schema/resource.ts';
import type { SafetyCheck } from '../schema/safety-check.ts';
import type { TsunaguDb } from './database.ts';
import { writeRecord } from './write-record.ts';

export type NewDisasterEvent = Pick<DisasterEventFields, 'type' | 'outageStartedAt' | 'areas'> & Partial<Pick<DisasterEventFields, 'title' | 'startedBy' | 'note'>>;

/** Starts a disaster event on this tablet (offline too); it syncs like any record. */
export async function startDisasterEvent(db: TsunaguDb, event: NewDisasterEvent): Promise<string> {
  const id = crypto.randomUUID();
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
  const id = crypto.randomUUID();
  await writeRecord(db, 'safetyChecks', id, { at: new Date().toISOString(), by: '', note: '', ...check });
  return id;
}

export async function listEventChecks(db: TsunaguDb, eventId: string): Promise<SafetyCheck[]> {
  return db.safetyChecks.where('eventId').equals(eventId).toArray();
}

/**
 * The children of an event's areas this tablet may show: its own cases (disaster fields only, like everyone's)
 * and, while the declaration is in force, the widened read kept for this event. Own records win.
 */
export async function listDisasterCases(db: TsunaguDb, event: DisasterEvent, now: Date): Promise<DisasterCase[]> {
  // One equals() per area: Dexie answers it with getAll(), where anyOf() walks a cursor record by record.
  const own = (await Promise.all(event.areas.map((code) => db.cases.where('municipalityCode').equals(code).toArray()))).flat();
  const byId = new Map<string, DisasterCase>();
  if (isWideningActive(event, now)) {
    for (const { eventId: _eventId, ...widened } of await db.disasterCases.where('eventId').equals(event.id).toArray()) byId.set(widened.id, widened);
  }
  for (const record of own) {
    if (record.deleted) byId.delete(record.id);
    else byId.set(record.id, toDisasterCase(record));
  }
  return [...byId.values()];
}

/** 福祉避難所 and hospitals of the directory (the only resources disaster mode shows). */
export async function listFacilities(db: TsunaguDb): Promise<Resource[]> {
  return db.resources.where('type').anyOf(['welfare-shelter', 'hospital']).filter((resource) => !resource.deleted).toArray();
}

/** Municipality codes of the cases on this tablet (an administrator's choice of areas). */
export async function listLocalAreas(db: TsunaguDb): Promise<string[]> {
  return (await db.cases.orderBy('municipalityCode').uniqueKeys()).map(String);
}
