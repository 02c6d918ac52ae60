import { disasterFields, type DisasterRow } from '../domain/disaster-row.ts';
import type { Case } from '../schema/case.ts';
import { isCaseIndexIncomplete, toCaseRow, type CaseRow } from './case-rows.ts';
import type { TsunaguDb } from './database.ts';
import { openRows, sealRows, type StoredRow } from './sealed-rows.ts';

/**
 * What the case list and disaster mode need of one case, a few hundred bytes: the list row and the disaster row
 * in one sealed row per case (deleted cases too, flagged), keyed [municipalityCode+id] so one area is a single
 * key-range read. Written in the same transaction as its case, always; one row per case, so that a first sync
 * writes two rows per child, not three (docs/benchmarks.md). Rows missing (a tablet updated from database
 * version 8) are rebuilt from the cases after an unlock (ensureCaseIndex).
 */
export type CaseIndexRow = CaseRow & DisasterRow;

export type CaseIndexKey = [municipalityCode: string, id: string];

/** A deleted case keeps only its key and flag (no list or disaster mode shows it). */
type DeletedIndexRow = Pick<Case, 'id' | 'municipalityCode' | 'deleted'>;

export function toCaseIndexRow(record: Case): CaseIndexRow | DeletedIndexRow {
  if (record.deleted) return { id: record.id, municipalityCode: record.municipalityCode, deleted: true };
  // One object: the list row with the disaster fields added (spreading both into a new one took twice as long).
  return Object.assign(toCaseRow(record), disasterFields(record));
}

/** The rows of these cases, sealed before a transaction. */
export function sealCaseIndexRows(db: TsunaguDb, records: readonly Case[]): Promise<StoredRow[]> {
  return sealRows(db, 'caseIndex', records.map(toCaseIndexRow));
}

/**
 * Inside a transaction over `cases` and `caseIndex`, BEFORE the cases themselves are written: the rows put, and
 * the row of a case that moved municipality removed from its old key.
 */
export async function replaceCaseIndexRows(db: TsunaguDb, rows: readonly StoredRow[]): Promise<void> {
  if (rows.length === 0) return;
  const previous = await previousMunicipalities(db, rows.map((row) => row['id'] as string));
  const moved = rows.flatMap((row): CaseIndexKey[] => {
    const id = row['id'] as string;
    const before = previous.get(id);
    return before !== undefined && before !== row['municipalityCode'] ? [[before, id]] : [];
  });
  if (moved.length > 0) await db.caseIndex.bulkDelete(moved);
  await db.caseIndex.bulkPut(rows as never[]);
}

/** Inside a transaction over `cases` and `caseIndex`: the rows of these cases go. */
export async function deleteCaseIndexRows(db: TsunaguDb, caseIds: readonly string[]): Promise<void> {
  const previous = await previousMunicipalities(db, caseIds);
  await db.caseIndex.bulkDelete([...previous].map(([id, code]): CaseIndexKey => [code, id]));
}

/** Above this many cases, one read of every key beats a lookup per case (a pulled page of 2,000). */
const KEY_SCAN_FROM = 64;

/** Where each of these cases' rows is stored now (its municipality), for those that have one. */
async function previousMunicipalities(db: TsunaguDb, caseIds: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (caseIds.length >= KEY_SCAN_FROM) {
    const wanted = new Set(caseIds);
    for (const [code, id] of (await db.caseIndex.toCollection().primaryKeys()) as CaseIndexKey[]) if (wanted.has(id)) found.set(id, code);
    return found;
  }
  const stored = await db.cases.bulkGet([...caseIds]);
  stored.forEach((row, i) => row && found.set(caseIds[i]!, row.municipalityCode));
  return found;
}

const REBUILD_BATCH = 500;

/**
 * Rebuilds the rows of cases that have none (database version 9 replaced the two derived tables of version 8;
 * the sealed cases can only be opened after an unlock). Cheap when complete: two counts. Returns rows written.
 */
export async function ensureCaseIndex(db: TsunaguDb): Promise<number> {
  if (!(await isCaseIndexIncomplete(db))) return 0;
  const indexed = new Set(((await db.caseIndex.toCollection().primaryKeys()) as CaseIndexKey[]).map(([, id]) => id));
  const missing = ((await db.cases.toCollection().primaryKeys()) as string[]).filter((id) => !indexed.has(id));
  let written = 0;
  for (let at = 0; at < missing.length; at += REBUILD_BATCH) {
    const stored = (await db.cases.bulkGet(missing.slice(at, at + REBUILD_BATCH))).filter((row) => row !== undefined);
    const rows = await sealCaseIndexRows(db, await openRows<Case>(db, 'cases', stored));
    // A case written meanwhile wrote its own row in its transaction: only rows still missing are added.
    written += await db.transaction('rw', db.cases, db.caseIndex, async () => {
      const current = await db.cases.bulkGet(rows.map((row) => row['id'] as string));
      const have = await db.caseIndex.bulkGet(rows.map((row): CaseIndexKey => [row['municipalityCode'] as string, row['id'] as string]));
      const unchanged = (i: number) => current[i]?.rev === stored[i]!.rev && current[i]?.updatedAt === stored[i]!.updatedAt;
      const fresh = rows.filter((_, i) => unchanged(i) && !have[i]);
      await db.caseIndex.bulkPut(fresh as never[]);
      return fresh.length;
    });
  }
  return written;
}
