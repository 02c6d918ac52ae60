import type { Visit } from '../schema/visit.ts';
import { addDays, addYears } from './date-math.ts';
import { CONSENT_WARNING_DAYS, isEvacuationReviewDue } from './case-filters.ts';
import { resolveVisitThreads } from './visit-history.ts';

// What needs the coordinator's attention: yearly 個別避難計画 reviews, consents running out, follow-ups due.

export const FOLLOW_UP_LOOKAHEAD_DAYS = 7;

export type ReminderCase = {
  id: string;
  name: string;
  hasEvacuationPlan: boolean;
  evacuationReviewedAt: string | null;
  consentExpiries: readonly string[];
};

export type Reminder = {
  kind: 'evacuation-review' | 'consent-expiring' | 'follow-up';
  caseId: string;
  caseName: string;
  /** When it is or was due; null for a plan never reviewed. */
  dueOn: string | null;
  isOverdue: boolean;
  /** The follow-up's text, for follow-ups. */
  text: string;
  visitId: string | null;
};

type ReminderVisit = Pick<Visit, 'id' | 'caseId' | 'at' | 'correctsVisitId' | 'writtenAt' | 'followUps'>;

function caseReminders(record: ReminderCase, today: string): Reminder[] {
  const base = { caseId: record.id, caseName: record.name, text: '', visitId: null };
  const reminders: Reminder[] = [];
  if (isEvacuationReviewDue(record, today)) {
    const dueOn = record.evacuationReviewedAt ? addYears(record.evacuationReviewedAt, 1) : null;
    reminders.push({ ...base, kind: 'evacuation-review', dueOn, isOverdue: true });
  }
  const limit = addDays(today, CONSENT_WARNING_DAYS);
  const expiring = record.consentExpiries.filter((date) => date >= today && date <= limit).sort();
  if (expiring[0]) reminders.push({ ...base, kind: 'consent-expiring', dueOn: expiring[0], isOverdue: false });
  return reminders;
}

/** Open follow-ups due within a week (or overdue), as the latest correction of each visit says. */
function followUpReminders(visits: readonly ReminderVisit[], names: ReadonlyMap<string, string>, today: string): Reminder[] {
  const limit = addDays(today, FOLLOW_UP_LOOKAHEAD_DAYS);
  const reminders: Reminder[] = [];
  for (const { original, current } of resolveVisitThreads(visits)) {
    const caseName = names.get(current.caseId);
    if (caseName === undefined) continue;
    for (const followUp of current.followUps) {
      if (followUp.doneOn || !followUp.dueOn || followUp.dueOn > limit) continue;
      reminders.push({
        kind: 'follow-up', caseId: current.caseId, caseName, dueOn: followUp.dueOn,
        isOverdue: followUp.dueOn < today, text: followUp.text, visitId: original.id,
      });
    }
  }
  return reminders;
}

/** Every reminder, most urgent first (never-reviewed plans, then by due date). */
export function listReminders(cases: readonly ReminderCase[], visits: readonly ReminderVisit[], today: string): Reminder[] {
  const names = new Map(cases.map((c) => [c.id, c.name]));
  const reminders = [...cases.flatMap((c) => caseReminders(c, today)), ...followUpReminders(visits, names, today)];
  return reminders.sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || a.caseName.localeCompare(b.caseName, 'ja'));
}
