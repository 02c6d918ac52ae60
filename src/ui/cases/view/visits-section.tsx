import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getDb } from '../../../db/database.ts';
import { listPendingRecordIds } from '../../../db/outbox.ts';
import { addVisit, listVisits } from '../../../db/visits.ts';
import { resolveVisitThreads } from '../../../domain/visit-history.ts';
import { useLiveQuery } from '../../hooks/use-live-query.ts';
import { useSignedInSession } from '../../session/session-context.ts';
import { triggerSync } from '../../sync/sync-controller.ts';
import { listDraftedCorrections } from './use-visit-draft.ts';
import { VisitForm } from './visit-form.tsx';
import { emptyVisitForm, toVisitFields } from './visit-form-values.ts';
import { VisitItem } from './visit-item.tsx';
import { v } from './messages.ts';
import { tRecord } from '../record-messages.ts';

/** Visit notes, newest first, each as its latest correction says; a form to append one (append-only). */
export function VisitsSection({ caseId }: { caseId: string }) {
  const session = useSignedInSession();
  const visits = useLiveQuery(() => listVisits(getDb(), caseId), [caseId]);
  const pendingIds = useLiveQuery(() => listPendingRecordIds(getDb()), []);
  const threads = useMemo(() => resolveVisitThreads(visits ?? []), [visits]);
  const [formKey, setFormKey] = useState(0);
  /** The note just added: said in the status line and focused once listed (the form it came from is reset). */
  const [addedId, setAddedId] = useState<string | null>(null);

  async function handleAdd(values: ReturnType<typeof emptyVisitForm>) {
    setAddedId(await addVisit(getDb(), { caseId, ...toVisitFields(values), author: session.user.name }));
    setFormKey(formKey + 1);
    triggerSync();
  }

  const [draftedCorrections, setDraftedCorrections] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    void listDraftedCorrections().then(setDraftedCorrections);
  }, [caseId]);

  const focusedId = useRef<string | null>(null);
  useEffect(() => {
    // Once: a later sync re-reading the list must not pull the keyboard away from the next note.
    if (!addedId || focusedId.current === addedId || !threads.some((thread) => thread.original.id === addedId)) return;
    focusedId.current = addedId;
    document.getElementById(`visit-${addedId}`)?.focus();
  }, [addedId, threads]);

  return (
    <section class="card" aria-labelledby="visits-title">
      <h2 id="visits-title">{tRecord('visits.title')}</h2>
      <VisitForm key={formKey} idPrefix="visit" initial={emptyVisitForm()} submitLabel={tRecord('visits.add')} onSubmit={handleAdd}
        draftKey={`visit:new:${caseId}`} />
      <p role="status" class="muted" data-testid="visit-status">{addedId ? v('visit.added') : ''}</p>
      {visits?.length === 0 && <p>{tRecord('visits.none')}</p>}
      <ol class="visits" data-testid="visits">
        {threads.map((thread) => (
          <VisitItem key={thread.original.id} thread={thread} hasCorrectionDraft={draftedCorrections.has(thread.original.id)}
            isPending={[thread.original, ...thread.corrections].some((visit) => pendingIds?.has(visit.id) ?? false)} />
        ))}
      </ol>
    </section>
  );
}
