// 個別避難計画 are reviewed yearly; a plan never reviewed, or last reviewed over a year ago, needs attention.

/** True when `reviewedAt` (ISO date) is missing or more than one year before `today` (ISO date). */
export function isReviewOverdue(reviewedAt: string | null, today: string): boolean {
  if (!reviewedAt) return true;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const yearAgo = `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return reviewedAt < yearAgo;
}
