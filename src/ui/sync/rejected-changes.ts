import { getCase } from '../../db/cases.ts';
import { getDb, type OutboxEntry } from '../../db/database.ts';
import { listRejected } from '../../db/outbox.ts';
import { getRecord } from '../../db/records.ts';
import { caseHref } from '../router.ts';
import { caseIdOf, describePending } from './pending-description.ts';

/** A refused change with whose record it is: the child's name, and the case page to open when it is here. */
export type RejectedChange = { entry: OutboxEntry; subject: string; caseLink: string | null };

/**
 * Every refused change, oldest first, named like the unsent ones: a case by its name, a visit or a safety check
 * by the child it belongs to and its time (several refusals read alike without it).
 */
export async function loadRejectedChanges(): Promise<RejectedChange[]> {
  const db = getDb();
  const entries = await listRejected(db);
  const records = await Promise.all(entries.map((entry) => getRecord(db, entry.collection, entry.recordId)));
  const changes = entries.map((entry, i) => ({ entry, record: records[i] ?? null }));
  const caseIds = changes.map(caseIdOf);
  const ids = [...new Set(caseIds.filter((id): id is string => id !== null))];
  const cases = await Promise.all(ids.map((id) => getCase(db, id)));
  const caseNames = new Map(ids.flatMap((id, i) => (cases[i] && !cases[i].deleted ? [[id, cases[i].name] as const] : [])));
  return changes.map((change, i) => {
    const caseId = caseIds[i];
    return { entry: change.entry, subject: describePending(change, caseNames), caseLink: caseId && caseNames.has(caseId) ? caseHref(caseId) : null };
  });
}
