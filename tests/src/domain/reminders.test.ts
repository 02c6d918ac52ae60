import { describe, expect, it } from 'vitest';
import { listReminders, type ReminderCase } from '../../../src/domain/reminders.ts';
import { makeVisit } from '../../fixtures/records.ts';

const TODAY = '2026-06-15';
const child = (fields: Partial<ReminderCase> = {}): ReminderCase => ({
  id: crypto.randomUUID(), name: '架空 花子', hasEvacuationPlan: false, evacuationReviewedAt: null, consentExpiries: [], ...fields,
});

describe('listReminders', () => {
  it('reminds of an evacuation plan last reviewed over a year ago, due a year after the review', () => {
    const reminders = listReminders([child({ hasEvacuationPlan: true, evacuationReviewedAt: '2025-05-01' })], [], TODAY);
    expect(reminders).toMatchObject([{ kind: 'evacuation-review', dueOn: '2026-05-01', isOverdue: true }]);
  });

  it('says nothing of a plan reviewed within the year', () => {
    expect(listReminders([child({ hasEvacuationPlan: true, evacuationReviewedAt: '2026-01-10' })], [], TODAY)).toEqual([]);
  });

  it('reminds of the earliest consent running out within 30 days', () => {
    const reminders = listReminders([child({ consentExpiries: ['2026-09-01', '2026-07-01', '2026-06-20'] })], [], TODAY);
    expect(reminders).toMatchObject([{ kind: 'consent-expiring', dueOn: '2026-06-20' }]);
  });

  it('reminds of open follow-ups due within a week, as the latest correction says', () => {
    const c = child();
    const original = makeVisit({ caseId: c.id, followUps: [
      { id: 'f1', text: '福祉避難所に連絡', dueOn: '2026-06-10', doneOn: null },
      { id: 'f2', text: '受給者証の更新', dueOn: '2026-06-20', doneOn: null },
      { id: 'f3', text: '来月の面談', dueOn: '2026-08-01', doneOn: null },
    ] });
    const reminders = listReminders([c], [original], TODAY);
    expect(reminders.map((r) => [r.text, r.isOverdue])).toEqual([['福祉避難所に連絡', true], ['受給者証の更新', false]]);

    const correction = makeVisit({ caseId: c.id, correctsVisitId: original.id, writtenAt: '2026-06-12T00:00:00.000Z',
      followUps: original.followUps.map((f) => (f.id === 'f1' ? { ...f, doneOn: '2026-06-12' } : f)) });
    expect(listReminders([c], [original, correction], TODAY).map((r) => r.text)).toEqual(['受給者証の更新']);
  });

  it('ignores follow-ups of cases not in the list (deleted or out of scope)', () => {
    const visit = makeVisit({ caseId: crypto.randomUUID(), followUps: [{ id: 'f', text: 'x', dueOn: TODAY, doneOn: null }] });
    expect(listReminders([], [visit], TODAY)).toEqual([]);
  });
});
