import type { Transaction } from 'dexie';

// Database version 2. Records stored before the full case record lack its new fields (the server fills them
// in only for records that change), so they are filled here once.

const CASE_DEFAULTS = { siblings: [], powerPlan: [], hasResuscitationBag: false };
const VISIT_DEFAULTS = { participants: '', needs: [], followUps: [], correctsVisitId: null, writtenAt: null, correctionReason: '' };

function fillDefaults(row: Record<string, unknown>, defaults: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(defaults)) if (row[key] === undefined) row[key] = value;
}

export async function upgradeToCaseRecord(tx: Transaction): Promise<void> {
  await tx.table('cases').toCollection().modify((row: Record<string, unknown>) => fillDefaults(row, CASE_DEFAULTS));
  await tx.table('visits').toCollection().modify((row: Record<string, unknown>) => fillDefaults(row, VISIT_DEFAULTS));
}
