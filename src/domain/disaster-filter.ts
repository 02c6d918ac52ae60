import type { DisasterRow } from './disaster-row.ts';
import { matchesQuery, normalizeForSearch } from './search-text.ts';

export type DisasterFilter = {
  /** One municipality of the event, or null for every affected area. */
  municipalityCode: string | null;
  /** 町名 or any part of the address (or the name). */
  text: string;
  /** Only children who depend on electricity (applied after triage: see isPowerDependent). */
  powerOnly: boolean;
};

/** Children of the chosen area whose address (or name) holds every term of the text. */
export function filterDisasterCases(rows: readonly DisasterRow[], areas: readonly string[], filter: DisasterFilter): DisasterRow[] {
  const codes = filter.municipalityCode ? [filter.municipalityCode] : areas;
  const text = filter.text.trim();
  return rows.filter((row) => {
    if (!codes.includes(row.municipalityCode)) return false;
    return text === '' || matchesQuery(normalizeForSearch(`${row.address} ${row.name} ${row.nameKana}`), text);
  });
}
