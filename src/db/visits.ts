import { newRecordId } from '../domain/record-id.ts';
import type { Visit, VisitFields } from '../schema/visit.ts';
import type { TsunaguDb } from './database.ts';
import { openMaybe, openRows } from './sealed-rows.ts';
import { writeRecord } from './write-record.ts';

type NewVisit = Pick<Visit, 'caseId' | 'note'> & Partial<Omit<VisitFields, 'caseId' | 'note' | 'correctsVisitId' | 'writtenAt'>>;

/** Appends a visit note (append-only: never edited in place). */
export async function addVisit(db: TsunaguDb, visit: NewVisit): Promise<string> {
  const id = newRecordId();
  const now = new Date().toISOString();
  await writeRecord(db, 'visits', id, { at: now, ...visit, writtenAt: now, correctsVisitId: null });
  return id;
}

/**
 * Corrects a visit by appending a new note that names the original (the first note of the thread); the
 * original and earlier corrections stay as they were.
 */
export async function correctVisit(db: TsunaguDb, originalId: string, fields: Omit<NewVisit, 'caseId'>): Promise<string> {
  const original = await openMaybe<Visit>(db, 'visits', await db.visits.get(originalId));
  if (!original) throw new Error(`visit ${originalId} not found`);
  const id = newRecordId();
  const rootId = original.correctsVisitId ?? original.id;
  await writeRecord(db, 'visits', id, {
    at: original.at, kind: original.kind, participants: original.participants,
    ...fields, caseId: original.caseId, correctsVisitId: rootId, writtenAt: new Date().toISOString(),
  });
  return id;
}

/** A case's visits (every original and correction), newest first. */
export async function listVisits(db: TsunaguDb, caseId: string): Promise<Visit[]> {
  const stored = (await db.visits.where({ caseId }).toArray()).filter((v) => !v.deleted);
  const visits = await openRows<Visit>(db, 'visits', stored);
  return visits.sort((a, b) => b.at.localeCompare(a.at));
}

/** Every visit with follow-ups, for the reminders. */
export async function listVisitsWithFollowUps(db: TsunaguDb): Promise<Visit[]> {
  const visits = await openRows<Visit>(db, 'visits', await db.visits.filter((v) => !v.deleted).toArray());
  return visits.filter((v) => (v.followUps?.length ?? 0) > 0);
}
