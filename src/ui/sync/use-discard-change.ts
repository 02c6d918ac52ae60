import { getDb, type OutboxEntry } from '../../db/database.ts';
import { discardChange } from '../../db/discard-change.ts';
import { announce } from '../layout/announcer.tsx';
import { moveFocus, pickFocusAfter } from '../layout/focus-after-removal.ts';
import { triggerSync } from './sync-controller.ts';
import { tSync } from './sync-messages.ts';

export const REJECTED_CARD = '[data-testid="rejected-change"]';

/**
 * 破棄 of a refused change, asked first: afterwards focus goes to the next refused change (else the heading
 * `headingId` names, if it stays, else the page's) and `doneText` is announced: the card goes with the change.
 */
export async function discardRejected(entry: OutboxEntry, card: Element | null, doneText: string, headingId?: string): Promise<void> {
  if (entry.seq === undefined || !window.confirm(tSync('rejected.discardConfirm'))) return;
  const next = pickFocusAfter(card, REJECTED_CARD) ?? (headingId ? document.getElementById(headingId) : null);
  await discardChange(getDb(), entry.seq);
  announce(doneText);
  moveFocus(next);
  // The next sync brings back the server's value of the record the refused change had altered.
  triggerSync();
}
