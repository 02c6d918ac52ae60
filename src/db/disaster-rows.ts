import type { Transaction } from 'dexie';
import { toDisasterRow, type DisasterRow } from '../domain/disaster-row.ts';
import type { AreaCount } from '../domain/disaster-areas.ts';
import type { Case } from '../schema/case.ts';
import type { TsunaguDb } from './database.ts';

/**
 * Disaster mode's row of each live case, keyed [municipalityCode+id] so one area is a single key-range read
 * (no index lookups): written beside `cases` and `caseRows` in the same transactions, never on its own.
 */
export type StoredDisasterRow = DisasterRow;

/** Replaces the rows of these cases: a case that moved municipality leaves no row behind; a deleted one has none. */
export async function putDisasterRows(db: TsunaguDb, records: readonly Case[]): Promise<void> {
  if (records.length === 0) return;
  await db.disasterRows.where('id').anyOf(records.map((record) => record.id)).delete();
  await db.disasterRows.bulkPut(records.filter((record) => !record.deleted).map(toDisasterRow));
}

export async function deleteDisasterRows(db: TsunaguDb, caseIds: readonly string[]): Promise<void> {
  await db.disasterRows.where('id').anyOf([...caseIds]).delete();
}

/** The rows of one municipality, by key range. */
export function listAreaRows(db: TsunaguDb, municipalityCode: string): Promise<DisasterRow[]> {
  return db.disasterRows.where('[municipalityCode+id]').between([municipalityCode, ''], [municipalityCode, '\uffff']).toArray();
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
