import type { Transaction } from 'dexie';
import { toDisasterRow, type DisasterRow } from '../domain/disaster-row.ts';
import type { AreaCount } from '../domain/disaster-areas.ts';
import type { Case } from '../schema/case.ts';
import type { TsunaguDb } from './database.ts';
import { openRows, sealRows, type StoredRow } from './sealed-rows.ts';

/**
 * Disaster mode's row of each live case, keyed [municipalityCode+id] so one area is a single key-range read
 * (no index lookups): written beside `cases` and `caseRows` in the same transactions, never on its own.
 */
export type StoredDisasterRow = DisasterRow;

/** The rows of these cases sealed before a transaction, with what decides which old rows go. */
export type SealedDisasterRows = { cases: Pick<Case, 'id' | 'municipalityCode' | 'deleted'>[]; rows: StoredRow[] };

export async function sealDisasterRows(db: TsunaguDb, records: readonly Case[]): Promise<SealedDisasterRows> {
  const rows = await sealRows(db, 'disasterRows', records.filter((record) => !record.deleted).map(toDisasterRow));
  return { cases: records.map(({ id, municipalityCode, deleted }) => ({ id, municipalityCode, deleted })), rows };
}

/**
 * Inside a transaction over `disasterRows`: a case that moved municipality leaves no row behind, a deleted one has
 * none. Only the keys of the rows already there are read (none on a first sync), and only stale ones deleted.
 */
export async function replaceDisasterRows(db: TsunaguDb, sealed: SealedDisasterRows): Promise<void> {
  if (sealed.cases.length === 0) return;
  const now = new Map(sealed.cases.map((record) => [record.id, record]));
  const existing = (await db.disasterRows.where('id').anyOf([...now.keys()]).primaryKeys()) as [string, string][];
  const stale = existing.filter(([code, id]) => {
    const record = now.get(id);
    return !record || record.deleted || record.municipalityCode !== code;
  });
  if (stale.length > 0) await db.disasterRows.bulkDelete(stale);
  await db.disasterRows.bulkPut(sealed.rows as never[]);
}

export async function deleteDisasterRows(db: TsunaguDb, caseIds: readonly string[]): Promise<void> {
  await db.disasterRows.where('id').anyOf([...caseIds]).delete();
}

/** The rows of one municipality, by key range. */
export async function listAreaRows(db: TsunaguDb, municipalityCode: string): Promise<DisasterRow[]> {
  const stored = await db.disasterRows.where('[municipalityCode+id]').between([municipalityCode, ''], [municipalityCode, '\uffff']).toArray();
  return openRows<DisasterRow>(db, 'disasterRows', stored);
}

/** How many live cases each municipality has on this tablet, from the keys alone. */
export async function countAreaRows(db: TsunaguDb): Promise<AreaCount[]> {
  const counts = new Map<string, number>();
  for (const [code] of (await db.disasterRows.toCollection().primaryKeys()) as [string, string][]) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, cases]) => ({ code, cases }));
}

/** Database version 5: the rows built once from the cases already on the tablet. */
export async function buildDisasterRows(tx: Transaction): Promise<void> {
  const cases = (await tx.table('cases').toArray()) as Case[];
  await tx.table('disasterRows').bulkPut(cases.filter((record) => !record.deleted).map(toDisasterRow));
}
