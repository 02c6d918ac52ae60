import { useState } from 'preact/hooks';
import { resolveConflict } from '../../db/resolve-conflict.ts';
import { getDb } from '../../db/database.ts';
import type { Conflict } from '../../schema/conflict.ts';
import { formatStamp } from '../format/format-time.ts';
import { fieldLabelKey, formatValue } from '../format/format-value.ts';
import { t } from '../i18n/i18n.ts';
import { useSignedInSession } from '../session/session-context.ts';
import { triggerSync } from '../sync/sync-controller.ts';

/** `link`: where the record opens (the conflicts list links each card to its case or resource). */
type Props = { conflict: Conflict; recordName?: string | null; link?: { href: string; label: string } | null };

type SideProps = { title: string; field: string; value: unknown; by: string; at: string; onChoose: () => void };

function Side({ title, field, value, by, at, onChoose }: SideProps) {
  return (
    <div class="conflict__side">
      <h4>{title}</h4>
      <pre class="conflict__value">{formatValue(value, field)}</pre>
      <p class="muted">{t('conflict.by', { who: by || '—', when: formatStamp(at) })}</p>
      <button type="button" class="button" onClick={onChoose}>{t('conflict.choose')}</button>
    </div>
  );
}

/** One unresolved conflict: both values side by side, who and when, and a choice. */
export function ConflictCard({ conflict, recordName = null, link = null }: Props) {
  const session = useSignedInSession();
  const [error, setError] = useState<string | null>(null);
  const labelKey = fieldLabelKey(conflict.field);

  function handleChoose(value: unknown) {
    resolveConflict(getDb(), conflict, value, session.user.name)
      .then(triggerSync)
      .catch((caught: unknown) => setError(String(caught)));
  }

  return (
    <article class="card conflict" data-testid="conflict">
      <h3>{recordName && `${recordName} — `}{labelKey ? t(labelKey) : conflict.field}</h3>
      <div class="conflict__sides">
        <Side title={t('conflict.winning')} field={conflict.field} value={conflict.winningValue} by={conflict.winningBy}
          at={conflict.winningAt} onChoose={() => handleChoose(conflict.winningValue)} />
        <Side title={t('conflict.kept')} field={conflict.field} value={conflict.keptValue} by={conflict.keptBy}
          at={conflict.keptAt} onChoose={() => handleChoose(conflict.keptValue)} />
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {link && <a class="button button--small" href={link.href}>{link.label}</a>}
    </article>
  );
}
