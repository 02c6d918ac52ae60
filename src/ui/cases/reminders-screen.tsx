import { useMemo } from 'preact/hooks';
import { listCaseRows } from '../../db/case-rows.ts';
import { getDb } from '../../db/database.ts';
import { listVisitsWithFollowUps } from '../../db/visits.ts';
import { todayIso } from '../../domain/dates.ts';
import { formatDate } from '../format/format-date.ts';
import { listReminders, type Reminder } from '../../domain/reminders.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { t } from '../i18n/i18n.ts';
import { caseHref } from '../router.ts';
import { r } from './reminder-messages.ts';

function ReminderItem({ reminder }: { reminder: Reminder }) {
  const due = reminder.dueOn ? formatDate(reminder.dueOn) : r('never');
  return (
    <li class="reminder" data-testid="reminder" data-kind={reminder.kind}>
      <a href={caseHref(reminder.caseId)}><strong>{reminder.caseName}</strong></a>{' '}
      <span class={reminder.isOverdue ? 'badge badge--alert' : 'badge badge--warn'}>{r(`kind.${reminder.kind}`)}</span>{' '}
      {reminder.text && <span>{reminder.text} </span>}
      <span class="muted">{reminder.isOverdue ? r('overdue', { date: due }) : r('due', { date: due })}</span>
    </li>
  );
}

/** Everything due: yearly evacuation-plan reviews, consents running out within 30 days, follow-ups due. */
export function RemindersScreen() {
  const db = getDb();
  const rows = useLiveQuery(() => listCaseRows(db), []);
  const visits = useLiveQuery(() => listVisitsWithFollowUps(db), []);
  const today = todayIso();
  const reminders = useMemo(() => (rows && visits ? listReminders(rows, visits, today) : undefined), [rows, visits, today]);

  return (
    <section class="reminders" aria-labelledby="reminders-title">
      <div class="toolbar">
        <h1 id="reminders-title">{r('title')}</h1>
        <a class="button" href="#/">{t('case.back')}</a>
      </div>
      {reminders === undefined ? <p role="status">{t('common.loading')}</p> : (
        <>
          <p role="status" data-testid="reminder-count">{r('count', { n: reminders.length })}</p>
          <ul class="plain-list reminders__list">{reminders.map((x) => <ReminderItem key={`${x.kind}-${x.caseId}-${x.text}-${x.visitId}`} reminder={x} />)}</ul>
        </>
      )}
    </section>
  );
}
