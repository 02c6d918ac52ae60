import { findLikelyDuplicates, normalizeName, type DuplicateMatch } from '../domain/duplicates.ts';
import type { Case, CaseFields } from '../schema/case.ts';
import type { TsunaguDb } from './database.ts';
import { listCaseRowsUnsorted } from './case-rows.ts';
import { readRecords } from './layered-records.ts';

type Probe = Pick<CaseFields, 'name' | 'nameKana' | 'birthDate' | 'address'> & { id?: string };

/**
 * Cases on this device that are likely the same child as `probe`. The small rows narrow by name or kana
 * first, so only a handful of whole records (for the address) are read, even with 10,000 cases.
 */
export async function findDuplicateCases(db: TsunaguDb, probe: Probe): Promise<DuplicateMatch<Case>[]> {
  const kana = normalizeName(probe.nameKana);
  const name = normalizeName(probe.name);
  if (!kana && !name) return [];
  const rows = (await listCaseRowsUnsorted(db)).filter((row) => normalizeName(row.nameKana) === kana || normalizeName(row.name) === name);
  if (rows.length === 0) return [];
  const records = [...(await readRecords(db, 'cases', rows.map((row) => row.id))).values()].filter((record) => !record.deleted);
  return findLikelyDuplicates(probe, records);
}
