import type { Visit } from '../schema/visit.ts';
import type { TsunaguDb } from './database.ts';
import { writeRecord } from './write-record.ts';

type NewVisit = Pick<Visit, 'caseId' | 'note'> & Partial<Pick<Visit, 'kind' | 'author' | 'at'>>;

/** Appends a visit note (append-only: never edited in place). */
export async function addVisit(db: TsunaguDb, visit: NewVisit): Promise<string> {
  const id = crypto.randomUUID();
  await writeRecord(db, 'visits', id, { at: new Date().toISOString(), ...visit });
  return id;
}

/** A case's visits, newest first. */
export async function listVisits(db: TsunaguDb, caseId: string): Promise<Visit[]> {
  const visits = await db.visits.where({ caseId }).toArray();
  return visits.filter((v) => !v.deleted).sort((a, b) => b.at.localeCompare(a.at));
}
