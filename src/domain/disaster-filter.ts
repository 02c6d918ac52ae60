import type { DisasterCase } from '../schema/disaster-event.ts';
import { matchesQuery, normalizeForSearch } from './search-text.ts';

export type DisasterFilter = {
  /** One municipality of the event, or null for every affected area. */
  municipalityCode: string | null;
  /** 町名 or any part of the address (or the name). */
  text: string;
};

/** Cases of the chosen area whose address (or name) holds every term of the text. */
export function filterDisasterCases(cases: readonly DisasterCase[], areas: readonly string[], filter: DisasterFilter): DisasterCase[] {
  const codes = filter.municipalityCode ? [filter.municipalityCode] : areas;
  const text = filter.text.trim();
  return cases.filter((record) => {
    if (!codes.includes(record.municipalityCode)) return false;
    return text === '' || matchesQuery(normalizeForSearch(`${record.address} ${record.name} ${record.nameKana}`), text);
  });
}
