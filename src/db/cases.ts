import { scoreCareItems } from '../domain/care-score.ts';
import { isElectricityDependent } from '../domain/power.ts';
import { normalizeForSearch } from '../domain/search-text.ts';
import type { Case, CaseFields } from '../schema/case.ts';
import type { TsunaguDb } from './database.ts';
import { writeRecord } from './write-record.ts';

/** What the case list needs of a case, with a search haystack prepared once. */
export type CaseSummary = {
  id: string;
  name: string;
  nameKana: string;
  birthDate: string;
  municipalityCode: string;
  careShort: string[];
  scoreTotal: number;
  isElectricityDependent: boolean;
  haystack: string;
};

export function summarizeCase(record: Case, municipalityName: (code: string) => string): CaseSummary {
  const town = municipalityName(record.municipalityCode);
  return {
    id: record.id,
    name: record.name,
    nameKana: record.nameKana,
    birthDate: record.birthDate,
    municipalityCode: record.municipalityCode,
    careShort: record.careItems.map((item) => item.option),
    scoreTotal: scoreCareItems(record.careItems).total,
    isElectricityDependent: isElectricityDependent(record.devices),
    haystack: normalizeForSearch(`${record.name} ${record.nameKana} ${town} ${record.municipalityCode}`),
  };
}

/** Every live case, sorted by kana. */
export async function listCases(db: TsunaguDb): Promise<Case[]> {
  const all = await db.cases.toArray();
  return all.filter((c) => !c.deleted).sort((a, b) => a.nameKana.localeCompare(b.nameKana, 'ja'));
}

export const getCase = (db: TsunaguDb, id: string) => db.cases.get(id);

/** Creates a case from the editor's fields; returns its new id. */
export async function createCase(db: TsunaguDb, fields: Partial<CaseFields>): Promise<string> {
  const id = crypto.randomUUID();
  await writeRecord(db, 'cases', id, fields);
  return id;
}

export const saveCase = (db: TsunaguDb, id: string, changes: Partial<CaseFields>) =>
  writeRecord(db, 'cases', id, changes);

export const deleteCase = (db: TsunaguDb, id: string) => writeRecord(db, 'cases', id, {}, 'delete');
