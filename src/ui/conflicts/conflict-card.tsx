import { useId } from 'preact/hooks';
import type { Conflict } from '../../schema/conflict.ts';
import { ConfirmDialog } from '../cases/edit/confirm-dialog.tsx';
import { formatStamp } from '../format/format-time.ts';
import { fieldLabel, formatValue } from '../format/format-value.ts';
import { t } from '../i18n/i18n.ts';
import { tConflict } from './conflict-messages.ts';
import { useResolveConflict, type ConflictChoice } from './use-resolve-conflict.ts';

/** `link`: where the record opens (the conflicts list links each card to its case or resource). */
type Props = { conflict: Conflict; recordName?: string | null; link?: { href: string; label: string } | null };

type SideProps = { id: string; title: string; subject: string; choice: ConflictChoice; onChoose: () => void };

const MAX_QUOTED = 60;

/** A value short enough to quote in a question or an announcement, on one line. */
const quote = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_QUOTED ? `${line.slice(0, MAX_QUOTED)}…` : line;
};

function Side({ id, title, subject, choice, onChoose }: SideProps) {
  // Four 「この値を採用」 on one page read alike: the name says which field and whose value, the value describes it.
  const name = tConflict('choose.name', { subject, side: title, who: choice.by, when: choice.when });
  return (
    <div class="conflict__side">
      <h4>{title}</h4>
      <pre class="conflict__value" id={`${id}-value`}>{choice.valueText}</pre>
      <p class="muted">{tConflict('conflict.by', { who: choice.by, when: choice.when })}</p>
      <button type="button" class="button" aria-label={name} aria-describedby={`${id}-value`} onClick={onChoose}>
        {tConflict('conflict.choose')}
      </button>
    </div>
  );
}

function choiceOf(conflict: Conflict, side: 'winning' | 'kept'): ConflictChoice {
  const value = side === 'winning' ? conflict.winningValue : conflict.keptValue;
  const by = (side === 'winning' ? conflict.winningBy : conflict.keptBy) || '—';
  const at = side === 'winning' ? conflict.winningAt : conflict.keptAt;
  return { value, valueText: formatValue(value, conflict.field), by, when: formatStamp(at, true) };
}

/** One unresolved conflict: both values side by side, who and when (to the second), and a confirmed choice. */
export function ConflictCard({ conflict, recordName = null, link = null }: Props) {
  const id = useId();
  const field = fieldLabel(conflict.field);
  const subject = recordName ? `${recordName} — ${field}` : field;
  const resolved = (choice: ConflictChoice) => tConflict('resolved', { subject, value: quote(choice.valueText) });
  const { cardRef, asking, error, ask, cancel, confirm } = useResolveConflict(conflict, resolved);
  const winning = choiceOf(conflict, 'winning');
  const kept = choiceOf(conflict, 'kept');

  return (
    <article ref={cardRef} class="card conflict" data-testid="conflict" tabIndex={-1} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{subject}</h3>
      <div class="conflict__sides">
        <Side id={`${id}-winning`} title={tConflict('conflict.winning')} subject={subject} choice={winning} onChoose={() => ask(winning)} />
        <Side id={`${id}-kept`} title={tConflict('conflict.kept')} subject={subject} choice={kept} onChoose={() => ask(kept)} />
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {link && <a class="button button--small" href={link.href}>{link.label}</a>}
      {asking && (
        <ConfirmDialog title={tConflict('confirm.title')}
          message={tConflict('confirm.message', { subject, value: quote(asking.valueText), who: asking.by, when: asking.when })}
          confirmLabel={tConflict('confirm.yes')} cancelLabel={tConflict('confirm.no')} onConfirm={confirm} onCancel={cancel} />
      )}
    </article>
  );
}
