import type { Resource, ResourceType } from '../schema/resource.ts';
import type { ResourceFields } from '../domain/resource-rules.ts';
import { newRecordId } from '../domain/record-id.ts';
import { getCase, saveCase } from './cases.ts';
import type { TsunaguDb } from './database.ts';
import { readLiveRecords, readRecord } from './layered-records.ts';
import { writeResolvingConflicts } from './resolve-conflict.ts';
import { writeRecord } from './write-record.ts';
import { writeRecords } from './write-records.ts';

export const getResource = (db: TsunaguDb, id: string) => readRecord(db, 'resources', id);

/** The live directory, by name (Japanese collation). */
export async function listResources(db: TsunaguDb): Promise<Resource[]> {
  const all = await readLiveRecords(db, 'resources');
  return all.sort((a, b) => a.name.localeCompare(b.name, 'ja'));
}

export async function createResource(db: TsunaguDb, fields: Partial<ResourceFields>): Promise<string> {
  const id = newRecordId();
  await writeRecord(db, 'resources', id, fields);
  return id;
}

/** Saves an edit by `by` (who, for the conflicts it resolves: editing a field in conflict chooses its value). */
export const saveResource = (db: TsunaguDb, id: string, changes: Partial<ResourceFields>, by = '') =>
  writeResolvingConflicts(db, 'resources', id, changes, by);

export const deleteResource = (db: TsunaguDb, id: string) => writeRecord(db, 'resources', id, {}, 'delete');

/** A checked CSV import: every record and its outbox entry in one transaction, or nothing. */
export const importResources = (db: TsunaguDb, records: readonly { id: string; fields: ResourceFields }[]) =>
  writeRecords(db, 'resources', records.map((record) => ({ id: record.id, changes: record.fields })));

type TeamRole = 'doctor' | 'home-nurse' | 'consultation' | 'school' | 'day-service' | 'short-stay' | 'device-supplier' | 'other';

const ROLE_OF_TYPE: Partial<Record<ResourceType, TeamRole>> = {
  'home-nursing': 'home-nurse', consultation: 'consultation', 'child-development': 'day-service',
  'medical-child-development': 'day-service', 'after-school': 'day-service', 'home-based-development': 'day-service',
  'short-stay-medical': 'short-stay', 'short-stay-welfare': 'short-stay', nursery: 'school', 'special-school': 'school',
  hospital: 'doctor', 'device-supplier': 'device-supplier',
};

/**
 * Adds a resource to a case's care team (a careTeam entry pointing at it); a resource already on the team is
 * left as it is. Returns false when the case is gone.
 */
export async function linkResourceToCase(db: TsunaguDb, caseId: string, resource: Resource): Promise<boolean> {
  const record = await getCase(db, caseId);
  if (!record || record.deleted) return false;
  if (record.careTeam.some((member) => member.resourceId === resource.id)) return true;
  const member = { role: ROLE_OF_TYPE[resource.type] ?? 'other', name: resource.name, resourceId: resource.id, phone: resource.phone };
  await saveCase(db, caseId, { careTeam: [...record.careTeam, member] });
  return true;
}

