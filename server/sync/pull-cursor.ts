/**
 * A pull cursor, opaque to the client: the last change sequence the page covered and, for a device that has
 * been told to remove cases, how many such announcements it has now seen (`seq.announced`). A device saves a
 * page's cursor only after the page — its removals included — is written, so the second part tells the server
 * which removals that device has surely applied: those are not sent again, every later one is (see
 * sqlite-device-holdings.ts).
 */
export type PullCursor = { seq: number; announced: number };

const CURSOR = /^(\d{1,20})(?:\.(\d{1,15}))?$/;

/** The cursor of `since`, '' being the beginning; null when it is not one this server hands out. */
export function parsePullCursor(since: string): PullCursor | null {
  if (since === '') return { seq: 0, announced: 0 };
  const match = CURSOR.exec(since);
  if (!match) return null;
  const seq = Number(match[1]);
  const announced = Number(match[2] ?? '0');
  return Number.isSafeInteger(seq) && Number.isSafeInteger(announced) ? { seq, announced } : null;
}

export function formatPullCursor(seq: number, announced: number): string {
  return announced > 0 ? `${seq}.${announced}` : String(seq);
}
