// Visits are append-only. An edit is a new visit that names the original in `correctsVisitId`; this folds the
// corrections so a note shows what it now says, with every earlier version kept.

export type VisitLike = { id: string; at: string; correctsVisitId: string | null; writtenAt: string | null };

export type VisitThread<T extends VisitLike> = {
  original: T;
  /** The latest correction, or the original when it was never corrected. */
  current: T;
  /** Every correction, oldest first. */
  corrections: T[];
};

const byWritten = (a: VisitLike, b: VisitLike) =>
  (a.writtenAt ?? '').localeCompare(b.writtenAt ?? '') || a.id.localeCompare(b.id);

/** Threads of original + corrections, newest visit first. A correction whose original is absent stands alone. */
export function resolveVisitThreads<T extends VisitLike>(visits: readonly T[]): VisitThread<T>[] {
  const byId = new Map(visits.map((visit) => [visit.id, visit]));
  const corrections = new Map<string, T[]>();
  const roots: T[] = [];
  for (const visit of visits) {
    const target = visit.correctsVisitId;
    if (target && byId.has(target)) corrections.set(target, [...(corrections.get(target) ?? []), visit]);
    else roots.push(visit);
  }
  return roots
    .map((original) => {
      const list = (corrections.get(original.id) ?? []).sort(byWritten);
      return { original, current: list.at(-1) ?? original, corrections: list };
    })
    .sort((a, b) => b.current.at.localeCompare(a.current.at) || a.original.id.localeCompare(b.original.id));
}
