import { toChildIdentity } from '../domain/child-identity.ts';
import { scoreCareItems } from '../domain/care-score.ts';
import { isElectricityDependent, shortestBatteryHours } from '../domain/power.ts';
import { normalizeForSearch } from '../domain/search-text.ts';
import type { CareOptionCode } from '../schema/care-options.ts';
import type { Case } from '../schema/case.ts';
import type { TsunaguDb } from './database.ts';
import { chunkIndexRowsNotOwn } from './chunks.ts';
import { openRows } from './sealed-rows.ts';

/**
 * What the case list needs of a case, kept (with the disaster row) in the small `caseIndex` table beside
 * `cases` and written in the same transactions (src/db/case-index.ts), so a cold start reads a few hundred
 * bytes per child instead of the whole record.
 */
export type CaseRow = {
  id: string;
  deleted: boolean;
  name: string;
  nameKana: string;
  birthDate: string;
  municipalityCode: string;
  /** For search by town or street (大津町); absent in rows written before it was kept (read as ''). */
  address?: string;
  careOptions: CareOptionCode[];
  scoreTotal: number;
  isElectricityDependent: boolean;
  shortestBatteryHours: number | null;
  livingSituation: Case['livingSituation'];
  hasEvacuationPlan: boolean;
  evacuationReviewedAt: string | null;
  /** Expiry dates of the consents still in force (not withdrawn), for the 期限 filter and reminders. */
  consentExpiries: string[];
  /**
   * What else a coordinator searches by when a parent calls: the guardians' names, the phones (as written and as
   * digits) and the postcode. Absent in rows written before it was kept (read as '').
   */
  contacts?: string;
};

/** A list row with a search haystack prepared once (name, kana, municipality name and code, address). */
export type CaseSummary = CaseRow & { haystack: string };

export function toCaseRow(record: Case): CaseRow {
  // Added onto the identity object rather than spread into a new one: a first sync builds 10,000 of these, and
  // spreading took twice as long.
  return Object.assign(toChildIdentity(record), {
    deleted: record.deleted,
    scoreTotal: scoreCareItems(record.careItems).total,
    isElectricityDependent: isElectricityDependent(record.devices),
    shortestBatteryHours: shortestBatteryHours(record.devices),
    livingSituation: record.livingSituation,
    hasEvacuationPlan: record.evacuationPlan !== null,
    evacuationReviewedAt: record.evacuationPlan?.reviewedAt ?? null,
    consentExpiries: record.consents.flatMap((c) => (c.expiresAt && !c.withdrawnAt ? [c.expiresAt] : [])),
    contacts: contactsForSearch(record),
  });
}

function contactsForSearch(record: Case): string {
  const phones = [record.phone, ...record.guardians.map((guardian) => guardian.phone)].filter(Boolean);
  const digits = (text: string) => text.replace(/\D/g, '');
  return [...record.guardians.map((guardian) => guardian.name), ...phones, ...phones.map(digits), record.postcode, digits(record.postcode)]
    .filter(Boolean).join(' ');
}

const kanaOrder = new Intl.Collator('ja');

/** Cases without their caseIndex row yet (a tablet updated from database version 8, until ensureCaseIndex ran). */
export async function isCaseIndexIncomplete(db: TsunaguDb): Promise<boolean> {
  return (await db.caseIndex.count()) !== (await db.cases.count());
}

/**
 * Every live case's row, unsorted (from the working set: the duplicate check runs as a name is typed): the rows
 * of their own, and those of cases a first sync kept in chunks (src/db/chunks.ts; a row of its own wins).
 */
export async function listCaseRowsUnsorted(db: TsunaguDb): Promise<CaseRow[]> {
  const stored = await db.caseIndex.toArray();
  const own = await openRows<CaseRow>(db, 'caseIndex', stored.filter((row) => !row.deleted));
  const chunked = await chunkIndexRowsNotOwn<CaseRow>(db, new Set(stored.map((row) => row.id)));
  for (const row of chunked) if (!row.deleted) own.push(row);
  return own;
}

/** Every live case's row, in kana order. */
export async function listCaseRows(db: TsunaguDb): Promise<CaseRow[]> {
  return (await listCaseRowsUnsorted(db)).sort((a, b) => kanaOrder.compare(a.nameKana, b.nameKana));
}

export function summarizeCaseRow(row: CaseRow, municipalityName: (code: string) => string): CaseSummary {
  const town = municipalityName(row.municipalityCode);
  return { ...row, haystack: normalizeForSearch(`${row.name} ${row.nameKana} ${town} ${row.municipalityCode} ${row.address ?? ''} ${row.contacts ?? ''}`) };
}
