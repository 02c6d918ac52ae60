import { useEffect, useRef } from 'preact/hooks';
import * as z from 'zod';
import { getDb } from '../../../db/database.ts';
import { clearDraft, listDraftKeys, loadDraft, saveDraft } from '../../../db/drafts.ts';
import { FollowUpSchema, VISIT_KINDS } from '../../../schema/visit.ts';
import type { VisitFormValues } from './visit-form-values.ts';

const SAVE_DELAY_MS = 300;

const VisitDraftSchema = z.object({
  kind: z.enum(VISIT_KINDS),
  localAt: z.string(),
  participants: z.string(),
  note: z.string(),
  needs: z.string(),
  followUps: z.array(FollowUpSchema),
  correctionReason: z.string(),
});

/** Whether anything was typed since the form opened: a correction opens full of the visit it corrects. */
const hasTyped = (values: VisitFormValues, initial: VisitFormValues) => JSON.stringify(values) !== JSON.stringify(initial);

const CORRECTION_PREFIX = 'visit:correct:';

/** Where a correction of the visit `visitId` keeps its draft. */
export const correctionDraftKey = (visitId: string) => `${CORRECTION_PREFIX}${visitId}`;

/**
 * The visits whose correction was left half-written (a lock, a reload), so each opens itself again: one listing of
 * the drafts' keys for the whole list, and only the corrections' drafts read, not a read for every visit.
 */
export async function listDraftedCorrections(): Promise<ReadonlySet<string>> {
  const db = getDb();
  const corrections = (await listDraftKeys(db)).filter((key) => key.startsWith(CORRECTION_PREFIX));
  const kept = await Promise.all(corrections.map(async (key) => ((await loadDraft(db, key, VisitDraftSchema)) ? key : null)));
  return new Set(kept.flatMap((key) => (key ? [key.slice(CORRECTION_PREFIX.length)] : [])));
}

/**
 * A visit note being written is kept on the device like the case editor's form: shortly after each change, when
 * the page is hidden and when the form unmounts (a lock unmounts every screen). Restored when the form comes back.
 */
export type VisitDraft = {
  /** Before submitting: no draft is written while the visit is being saved. */
  pause(): void;
  /** The submit failed (the form stays): drafting goes on. */
  resume(): void;
  /** The visit is saved: its draft goes. */
  clear(): Promise<void>;
};

export function useVisitDraft(key: string | null, values: VisitFormValues, onRestore: (values: VisitFormValues) => void): VisitDraft {
  const latest = useRef(values);
  latest.current = values;
  const initial = useRef(values);
  const timer = useRef<number | undefined>(undefined);
  const isRestored = useRef(false);
  /** While the note is being saved as a visit (the form then unmounts with its values still in it). */
  const isPaused = useRef(false);

  const flush = () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (!key || !isRestored.current || isPaused.current) return;
    // Typed back to how it opened: a kept draft would bring back words the coordinator took out.
    if (hasTyped(latest.current, initial.current)) void saveDraft(getDb(), key, latest.current);
    else void clearDraft(getDb(), key);
  };

  useEffect(() => {
    if (!key) return;
    void loadDraft(getDb(), key, VisitDraftSchema).then((draft) => {
      // Typing that started before the draft was read wins over it.
      if (draft && !hasTyped(latest.current, initial.current)) onRestore(draft.value);
      isRestored.current = true;
    });
    const handleHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', handleHide);
    return () => {
      document.removeEventListener('visibilitychange', handleHide);
      flush();
    };
  }, [key]);

  useEffect(() => {
    if (!key || !isRestored.current) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, SAVE_DELAY_MS);
  }, [values]);

  return {
    pause() {
      isPaused.current = true;
      window.clearTimeout(timer.current);
      timer.current = undefined;
    },
    resume() {
      isPaused.current = false;
    },
    async clear() {
      isPaused.current = true;
      window.clearTimeout(timer.current);
      if (key) await clearDraft(getDb(), key);
    },
  };
}
