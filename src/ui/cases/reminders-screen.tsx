import { useMemo } from 'preact/hooks';
import { listCaseRows, type CaseRow } from '../../db/case-rows.ts';
import { getDb } from '../../db/database.ts';
import { listVisitsWithFollowUps } from '../../db/visits.ts';
import { ageOn, todayIso } from '../../domain/dates.ts';
import { formatDate } from '../format/format-date.ts';
import { listReminders, type Reminder } from '../../domain/reminders.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { t } from '../i18n/i18n.ts';
import { useMunicipalityNames, type NameOf } from '../municipalities/use-municipalities.ts';
import { caseHref } from '../router.ts';
import { r } from './reminder-messages.ts';
import { tRecord } from './record-messages.ts';

type ItemProps = { reminder: Reminder; row: CaseRow | undefined; nameOf: NameOf; today: string };

function ReminderItem({ reminder, row, nameOf, today }: ItemProps) {
  // A plan never reviewed has no date to be past: 「見直しの記録なし」 says it all.
  const when = reminder.dueOn === null ? r('never')
    : r(reminder.isOverdue ? 'overdue' : 'due', { date: formatDate(reminder.dueOn) });
  return (
    <li class="reminder" data-testid="reminder" data-kind={reminder.kind}>
      <a href={caseHref(reminder.caseId)}><strong>{reminder.caseName}</strong></a>{' '}
      {/* Age and town tell two children of the same name apart (the list shows them too). */}
      {row && <span class="muted" data-testid="reminder-who">{t('case.age', { n: ageOn(row.birthDate, today) })} {nameOf(row.municipalityCode)}</span>}{' '}
      <span class={reminder.isOverdue ? 'badge badge--alert' : 'badge badge--warn'}>{r(`kind.${reminder.kind}`)}</span>{' '}
      {reminder.text && <span>{reminder.text} </span>}
      <span class="muted">{when}</span>
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
  const rowsById = useMemo(() => new Map(rows?.map((row) => [row.id, row])), [rows]);
  const nameOf = useMunicipalityNames(rows !== undefined);

  return (
    <section class="reminders" aria-labelledby="reminders-title">
      <div class="toolbar">
        <h1 id="reminders-title">{r('title')}</h1>
        <a class="button" href="#/">{tRecord('case.back')}</a>
      </div>
      {reminders === undefined ? <p role="status">{t('common.loading')}</p> : (
        <>
          <p role="status" data-testid="reminder-count">{r('count', { n: reminders.length })}</p>
          <ul class="plain-list reminders__list">{reminders.map((x) => <ReminderItem key={`${x.kind}-${x.caseId}-${x.text}-${x.visitId}`}
            reminder={x} row={rowsById.get(x.caseId)} nameOf={nameOf} today={today} />)}</ul>
        </>
      )}
    </section>
  );
}
