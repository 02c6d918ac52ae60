import { newRecordId } from '../domain/record-id.ts';
import type { Case, CaseFields } from '../schema/case.ts';
import type { TsunaguDb } from './database.ts';
import { readRecord } from './layered-records.ts';
import { writeResolvingConflicts } from './resolve-conflict.ts';
import { writeRecord } from './write-record.ts';

export const getCase = (db: TsunaguDb, id: string): Promise<Case | undefined> => readRecord(db, 'cases', id);

/** Creates a case from the editor's fields; returns its new id. */
export async function createCase(db: TsunaguDb, fields: Partial<CaseFields>): Promise<string> {
  const id = newRecordId();
  await writeRecord(db, 'cases', id, fields);
  return id;
}

/** Saves an edit by `by` (who, for the conflicts it resolves: editing a field in conflict chooses its value). */
export const saveCase = (db: TsunaguDb, id: string, changes: Partial<CaseFields>, by = '') =>
  writeResolvingConflicts(db, 'cases', id, changes, by);

export const deleteCase = (db: TsunaguDb, id: string) => writeRecord(db, 'cases', id, {}, 'delete');
