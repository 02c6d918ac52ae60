import { useEffect, useRef } from 'preact/hooks';
import { getDb } from '../../../db/database.ts';
import { clearDraft, loadDraft, saveDraft } from '../../../db/drafts.ts';
import { DraftSchema, fromDraft, type EditorState } from './editor-state.ts';

const SAVE_DELAY_MS = 300;

export const draftKey = (id: string | null) => `case:${id ?? 'new'}`;

/** The stored draft for this editor laid over `base`, or null when there is none. */
export async function restoreDraft(id: string | null, base: EditorState): Promise<{ state: EditorState; savedAt: string } | null> {
  const draft = await loadDraft(getDb(), draftKey(id), DraftSchema);
  return draft ? { state: fromDraft(draft.value, base), savedAt: draft.savedAt } : null;
}

export const discardDraft = (id: string | null) => clearDraft(getDb(), draftKey(id));

/**
 * Keeps the form on the device while the coordinator types: shortly after each change, at once when the page
 * is hidden (an app switch on a tablet may be the last chance before the browser drops the page), and when the
 * editor unmounts (a lock unmounts every screen before the keys go).
 */
export function useDraftPersistence(id: string | null, state: EditorState | null): { stop: () => void } {
  const latest = useRef(state);
  latest.current = state;
  const timer = useRef<number | undefined>(undefined);
  const isStopped = useRef(false);

  const flush = () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const current = latest.current;
    if (!isStopped.current && current && current.touched.length > 0) void saveDraft(getDb(), draftKey(id), current);
  };

  useEffect(() => {
    if (!state || state.touched.length === 0) return;
    isStopped.current = false;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, SAVE_DELAY_MS);
  }, [state]);

  useEffect(() => {
    const handleHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', handleHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', handleHide);
      window.removeEventListener('pagehide', flush);
      // Unmounted with a save still waiting (the app locked, or a link followed mid-word): write it now.
      flush();
    };
  }, [id]);

  // After save or cancel: no pending or later write may bring the draft back.
  const stop = () => {
    isStopped.current = true;
    window.clearTimeout(timer.current);
  };
  return { stop };
}
