import { useRef, useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { resolveConflict } from '../../db/resolve-conflict.ts';
import type { Conflict } from '../../schema/conflict.ts';
import { announce } from '../layout/announcer.tsx';
import { moveFocus, pickFocusAfter } from '../layout/focus-after-removal.ts';
import { useSignedInSession } from '../session/session-context.ts';
import { triggerSync } from '../sync/sync-controller.ts';

/** One side of a conflict as offered: its value and what to say about it. */
export type ConflictChoice = { value: unknown; valueText: string; by: string; when: string };

export const CONFLICT_CARD = '[data-testid="conflict"]';

/**
 * The choice on a conflict card: asked first (it applies on every tablet), then applied; focus goes to the next
 * card (or the page heading) and the result is announced, since the card itself goes away.
 */
export function useResolveConflict(conflict: Conflict, resolvedText: (choice: ConflictChoice) => string) {
  const session = useSignedInSession();
  const cardRef = useRef<HTMLElement>(null);
  const [asking, setAsking] = useState<ConflictChoice | null>(null);
  const [error, setError] = useState<string | null>(null);

  function confirm() {
    const choice = asking;
    if (!choice) return;
    setAsking(null);
    const next = pickFocusAfter(cardRef.current, CONFLICT_CARD);
    resolveConflict(getDb(), conflict, choice.value, session.user.name)
      .then(() => {
        announce(resolvedText(choice));
        moveFocus(next);
        triggerSync();
      })
      .catch((caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught)));
  }

  return { cardRef, asking, error, ask: setAsking, cancel: () => setAsking(null), confirm };
}
