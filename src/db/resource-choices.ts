import type { Resource } from '../schema/resource.ts';
import type { TsunaguDb } from './database.ts';

/** What the care-team picker shows of a directory resource. */
export type ResourceChoice = Pick<Resource, 'id' | 'name' | 'type' | 'municipalityCode' | 'phone'>;

/** Every live resource of the directory, small enough to filter by name as the coordinator types. */
export async function listResourceChoices(db: TsunaguDb): Promise<ResourceChoice[]> {
  const choices: ResourceChoice[] = [];
  await db.resources.each((r) => {
    if (!r.deleted) choices.push({ id: r.id, name: r.name, type: r.type, municipalityCode: r.municipalityCode, phone: r.phone });
  });
  return choices;
}

export const getResourceChoice = async (db: TsunaguDb, id: string): Promise<ResourceChoice | null> => {
  const r = await db.resources.get(id);
  return r && !r.deleted ? { id: r.id, name: r.name, type: r.type, municipalityCode: r.municipalityCode, phone: r.phone } : null;
};
