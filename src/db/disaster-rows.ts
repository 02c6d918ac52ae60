import type { DisasterRow } from '../domain/disaster-row.ts';
import type { AreaCount } from '../domain/disaster-areas.ts';
import type { TsunaguDb } from './database.ts';
import { openRows } from './sealed-rows.ts';

// Disaster mode reads each live case's disaster row from `caseIndex` (src/db/case-index.ts), written with the
// case in the same transactions: one area is a single key-range read, no whole record opened.

/** The rows of one municipality, by key range. */
export async function listAreaRows(db: TsunaguDb, municipalityCode: string): Promise<DisasterRow[]> {
  const stored = await db.caseIndex.where('[municipalityCode+id]').between([municipalityCode, ''], [municipalityCode, '\uffff']).toArray();
  return openRows<DisasterRow>(db, 'caseIndex', stored.filter((row) => !row.deleted));
}

/** How many live cases each municipality has on this tablet, from the rows' clear fields (nothing opened). */
export async function countAreaRows(db: TsunaguDb): Promise<AreaCount[]> {
  const counts = new Map<string, number>();
  await db.caseIndex.each((row) => {
    if (!row.deleted) counts.set(row.municipalityCode, (counts.get(row.municipalityCode) ?? 0) + 1);
  });
  return [...counts].map(([code, cases]) => ({ code, cases }));
}
