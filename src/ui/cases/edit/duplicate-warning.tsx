import type { DuplicateMatch } from '../../../domain/duplicates.ts';
import type { Case } from '../../../schema/case.ts';
import { formatDate } from '../../format/format-date.ts';
import { caseHref } from '../../router.ts';
import { m } from './messages.ts';

type Props = { matches: DuplicateMatch<Case>[]; isSaving: boolean; onConfirm: () => void; onBack: () => void };

/** Shown before a new case is saved when it looks like a child already on this device. */
export function DuplicateWarning({ matches, isSaving, onConfirm, onBack }: Props) {
  return (
    <section class="card card--alert" role="alert" aria-labelledby="dup-title" data-testid="duplicate-warning">
      <h2 id="dup-title">{m('dup.title')}</h2>
      <p>{m('dup.lead')}</p>
      <ul class="plain-list">
        {matches.map(({ record, reasons }) => (
          <li key={record.id} data-testid="duplicate-match">
            <strong>{record.name}</strong>（{record.nameKana}）{formatDate(record.birthDate)} {record.address}
            <span class="muted"> — {reasons.map((r) => m(`dup.${r}`)).join('、')}</span>{' '}
            <a href={caseHref(record.id)} target="_blank" rel="noopener">{m('dup.open')}</a>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="button" onClick={onBack}>{m('dup.back')}</button>
        <button type="button" class="button button--primary" disabled={isSaving} onClick={onConfirm}>{m('dup.confirm')}</button>
      </div>
    </section>
  );
}
