import { toDisasterCase } from '../../src/domain/disaster-access.ts';
import type { Case } from '../../src/schema/case.ts';
import type { DisasterCasesResponse } from '../../src/schema/disaster-event.ts';
import type { SafetyCheck } from '../../src/schema/safety-check.ts';
import type { User } from '../../src/schema/session.ts';
import { canReadDisasterList, toEventScope } from './disaster-scope.ts';
import { getCaseAccess, toJapanDate, type CaseScope } from './scope.ts';
import type { StoredRecord } from './stored-record.ts';

/** One audited read of a case's disaster fields by someone outside its scope. */
export type DisasterAudit = { action: 'read-disaster'; collection: 'cases'; recordId: string; detail: string };

export type DisasterReadResult =
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  | { kind: 'ok'; response: DisasterCasesResponse };

/** Whether the read may go ahead, and which areas it covers; the store then loads those cases. */
export function admitDisasterRead(user: User, event: StoredRecord | null, now: Date): DisasterReadResult | { kind: 'areas'; areas: string[] } {
  if (!event || event.collection !== 'disasterEvents') return { kind: 'not-found' };
  if (!canReadDisasterList(user, event, now)) return { kind: 'forbidden' };
  return { kind: 'areas', areas: [...toEventScope(event).areas] };
}

/**
 * The widened read: the disaster fields only (never the whole record) of the live cases in the affected areas,
 * and the event's safety checks of those cases. A case read outside the user's own scope is audited, each one.
 */
export function planDisasterRead(
  user: User, eventId: string, cases: readonly Case[], checks: readonly SafetyCheck[], now: Date,
): { response: DisasterCasesResponse; audits: DisasterAudit[] } {
  const today = toJapanDate(now);
  const ids = new Set(cases.map((record) => record.id));
  const audits: DisasterAudit[] = [];
  for (const record of cases) {
    if (getCaseAccess(user, record as unknown as CaseScope, today) !== 'own') {
      audits.push({ action: 'read-disaster', collection: 'cases', recordId: record.id, detail: eventId });
    }
  }
  return {
    response: {
      eventId,
      cases: cases.map(toDisasterCase),
      safetyChecks: checks.filter((check) => check.eventId === eventId && ids.has(check.caseId) && !check.deleted),
    },
    audits,
  };
}
