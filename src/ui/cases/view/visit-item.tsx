import { useEffect, useRef, useState } from 'preact/hooks';
import { getDb } from '../../../db/database.ts';
import { correctVisit } from '../../../db/visits.ts';
import { todayIso } from '../../../domain/dates.ts';
import type { VisitThread } from '../../../domain/visit-history.ts';
import type { Visit } from '../../../schema/visit.ts';
import { formatDate, formatDateTime } from '../../format/format-date.ts';
import { formatStamp } from '../../format/format-time.ts';
import { triggerSync } from '../../sync/sync-controller.ts';
import { v } from './messages.ts';
import { VisitForm } from './visit-form.tsx';
import { correctionDraftKey } from './use-visit-draft.ts';
import { toVisitFields, toVisitForm } from './visit-form-values.ts';

function VisitBody({ visit }: { visit: Visit }) {
  return (
    <>
      <p class="visit__note">{visit.note}</p>
      {visit.needs.length > 0 && <p><strong>{v('visit.needs')}:</strong> {visit.needs.join('、')}</p>}
    </>
  );
}

/** One visit as its latest correction says, with follow-ups, 訂正 and the earlier versions kept. */
type Props = {
  thread: VisitThread<Visit>;
  isPending?: boolean;
  /** A correction of this visit was left half-written (a lock, a reload): it opens again with what was typed. */
  hasCorrectionDraft?: boolean;
};

export function VisitItem({ thread, isPending = false, hasCorrectionDraft = false }: Props) {
  const { original, current, corrections } = thread;
  const [isCorrecting, setCorrecting] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  const correctButton = useRef<HTMLButtonElement>(null);
  /** Where the keyboard goes once the form or button it was on is gone (null: leave it be). */
  const [focusNext, setFocusNext] = useState<'item' | 'correct' | null>(null);
  useEffect(() => {
    if (focusNext === null) return;
    (focusNext === 'item' ? item.current : correctButton.current)?.focus();
    setFocusNext(null);
  }, [focusNext, isCorrecting, current]);
  const closeCorrection = () => {
    setCorrecting(false);
    setFocusNext('correct');
  };
  const draftKey = correctionDraftKey(original.id);
  useEffect(() => {
    if (hasCorrectionDraft) setCorrecting(true);
  }, [hasCorrectionDraft]);

  async function markDone(followUpId: string) {
    const followUps = current.followUps.map((f) => (f.id === followUpId ? { ...f, doneOn: todayIso() } : f));
    const text = current.followUps.find((f) => f.id === followUpId)?.text ?? '';
    const { kind, at, participants, note, needs, author } = current;
    await correctVisit(getDb(), original.id, { kind, at, participants, note, needs, author, followUps, correctionReason: v('visit.doneReason', { text }) });
    setFocusNext('item'); // the 完了にする button is gone; the note reads 完了 with its date
    triggerSync();
  }

  return (
    <li class="visit" data-testid="visit" id={`visit-${original.id}`} tabIndex={-1} ref={item}>
      <p class="visit__meta muted">
        <span>{formatDateTime(current.at)}</span> <span>{v(`kind.${current.kind}`)}</span> <span>{current.author}</span>
        {current.participants && <span>{v('visit.participants')}: {current.participants}</span>}
        {isPending && <span class="badge badge--warn" data-testid="visit-pending">{v('visit.pending')}</span>}
        {corrections.length > 0 && <span class="badge badge--warn" data-testid="visit-corrected">{v('visit.corrected', { n: corrections.length })}</span>}
      </p>
      <VisitBody visit={current} />
      {current.followUps.length > 0 && (
        <ul class="visit__followups" data-testid="follow-ups">
          {current.followUps.map((f) => (
            <li key={f.id}>
              {f.text}{f.dueOn && <span class="muted"> {v('visit.dueOn', { date: formatDate(f.dueOn) })}</span>}{' '}
              {f.doneOn ? <span class="badge badge--ok">{v('visit.doneOn', { date: formatDate(f.doneOn) })}</span>
                : <button type="button" class="button button--small" onClick={() => void markDone(f.id)}>{v('visit.done')}</button>}
            </li>
          ))}
        </ul>
      )}
      {isCorrecting ? (
        <VisitForm idPrefix={`correct-${original.id}`} initial={toVisitForm(current)} isCorrection submitLabel={v('visit.saveCorrection')}
          onCancel={closeCorrection} draftKey={draftKey}
          onSubmit={async (values) => {
            await correctVisit(getDb(), original.id, { ...toVisitFields(values), author: current.author });
            closeCorrection();
            triggerSync();
          }} />
      ) : (
        <button type="button" class="button button--small" ref={correctButton} onClick={() => setCorrecting(true)}>{v('visit.correct')}</button>
      )}
      {corrections.length > 0 && (
        <details class="visit__history">
          <summary>{v('visit.history')}</summary>
          {[original, ...corrections.slice(0, -1)].reverse().map((version) => (
            <div key={version.id} class="card">
              <p class="muted">{v('visit.version', { time: formatStamp(version.writtenAt ?? version.at) })} {version.correctionReason}</p>
              <VisitBody visit={version} />
            </div>
          ))}
        </details>
      )}
    </li>
  );
}
