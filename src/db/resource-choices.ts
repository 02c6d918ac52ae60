import type { Resource } from '../schema/resource.ts';
import type { TsunaguDb } from './database.ts';
import { readLiveRecords, readRecord } from './layered-records.ts';

/** What the care-team picker shows of a directory resource. */
export type ResourceChoice = Pick<Resource, 'id' | 'name' | 'type' | 'municipalityCode' | 'phone'>;

/** Every live resource of the directory, small enough to filter by name as the coordinator types. */
export async function listResourceChoices(db: TsunaguDb): Promise<ResourceChoice[]> {
  return (await readLiveRecords(db, 'resources')).map((r) => ({ id: r.id, name: r.name, type: r.type, municipalityCode: r.municipalityCode, phone: r.phone }));
}

export const getResourceChoice = async (db: TsunaguDb, id: string): Promise<ResourceChoice | null> => {
  const r = await readRecord(db, 'resources', id);
  return r && !r.deleted ? { id: r.id, name: r.name, type: r.type, municipalityCode: r.municipalityCode, phone: r.phone } : null;
};
