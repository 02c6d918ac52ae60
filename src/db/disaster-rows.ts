import type { DisasterRow } from '../domain/disaster-row.ts';
import type { AreaCount } from '../domain/disaster-areas.ts';
import type { TsunaguDb } from './database.ts';
import type { CaseIndexKey } from './case-index.ts';
import { chunkIndexRowsNotOwn } from './chunks.ts';
import { openRows } from './sealed-rows.ts';

// Disaster mode reads each live case's disaster row from `caseIndex` (src/db/case-index.ts), written with the
// case in the same transactions: one area is a single key-range read, no whole record opened.

type AreaRow = DisasterRow & { deleted?: boolean };

/** The rows of one municipality: its own rows by key range, and those of cases kept in chunks by a first sync. */
export async function listAreaRows(db: TsunaguDb, municipalityCode: string): Promise<DisasterRow[]> {
  const [stored, ownIds] = await Promise.all([
    db.caseIndex.where('[municipalityCode+id]').between([municipalityCode, ''], [municipalityCode, '\uffff']).toArray(),
    ownCaseIds(db),
  ]);
  const rows = await openRows<DisasterRow>(db, 'caseIndex', stored.filter((row) => !row.deleted));
  for (const row of await chunkIndexRowsNotOwn<AreaRow>(db, ownIds)) if (!row.deleted && row.municipalityCode === municipalityCode) rows.push(row);
  return rows;
}

/** How many live cases each municipality has on this tablet (rows of their own by their clear fields). */
export async function countAreaRows(db: TsunaguDb): Promise<AreaCount[]> {
  const counts = new Map<string, number>();
  const count = (row: { municipalityCode: string; deleted?: boolean }) => {
    if (!row.deleted) counts.set(row.municipalityCode, (counts.get(row.municipalityCode) ?? 0) + 1);
  };
  const ownIds = new Set<string>();
  await db.caseIndex.each((row) => {
    ownIds.add(row.id);
    count(row);
  });
  for (const row of await chunkIndexRowsNotOwn<AreaRow>(db, ownIds)) count(row);
  return [...counts].map(([code, cases]) => ({ code, cases }));
}

async function ownCaseIds(db: TsunaguDb): Promise<Set<string>> {
  return new Set(((await db.caseIndex.toCollection().primaryKeys()) as CaseIndexKey[]).map(([, id]) => id));
}
