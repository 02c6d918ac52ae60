import type { CountTable } from './stats-table.ts';

// Small-cell suppression for published statistics. A count of 1 or 2 could point at a child, so it is shown
// as '<3' (primary). Wherever a total would give it back by subtraction — a line (row or column with its
// total) holding exactly one hidden entry — a second entry of that line is hidden as 'x' (complementary),
// repeated until no line has exactly one hidden entry. Two hidden entries are not always enough: two '<3' in a
// line whose visible entries leave 2 for them are both 1. So what a reader can work out is then audited: each
// hidden entry's possible values are narrowed by every line's sum, round after round, and a '<3' narrowed to
// one value has one more entry of its lines hidden, until none is.

export const SUPPRESSION_THRESHOLD = 3;
export type PublishedCell = number | '<3' | 'x';
type Mark = 'primary' | 'complement' | null;

/**
 * Marks entries of `values` to hide. `lines` are index sets whose entries add up to their last one (cells, then
 * their total); `forced` entries are hidden from the start (a margin hidden in a linked table). Each round hides
 * the entry that mends the most lines with a single hidden entry, preferring cells over margins (`isMargin`),
 * then the smallest non-zero value, so as little as possible is lost.
 */
export function markSuppressed(
  values: readonly number[],
  lines: readonly (readonly number[])[],
  options: { forced?: Iterable<number>; isMargin?: (index: number) => boolean; threshold?: number } = {},
): Mark[] {
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD;
  const isMargin = options.isMargin ?? (() => false);
  const marks: Mark[] = values.map((v) => (v > 0 && v < threshold ? 'primary' : null));
  for (const index of options.forced ?? []) marks[index] ??= 'complement';
  const rank = (i: number, mends: number) => [isMargin(i) ? 1 : 0, -mends, values[i] === 0 ? 1 : 0, values[i]!, i];
  /** The shown entry that mends most, by `rank`; undefined when every entry of those lines is hidden already. */
  const pick = (mends: ReadonlyMap<number, number>) => [...mends.keys()].map((i) => ({ i, key: rank(i, mends.get(i)!) })).sort((a, b) => {
    const k = a.key.findIndex((v, n) => v !== b.key[n]);
    return k === -1 ? 0 : a.key[k]! - b.key[k]!;
  })[0]?.i;
  const shownIn = (linesToMend: readonly (readonly number[])[]) => {
    const mends = new Map<number, number>();
    for (const line of linesToMend) for (const i of line) if (marks[i] === null) mends.set(i, (mends.get(i) ?? 0) + 1);
    return mends;
  };
  for (;;) {
    let next = pick(shownIn(lines.filter((line) => line.filter((i) => marks[i] !== null).length === 1)));
    if (next === undefined) {
      // A <3 a reader can work out: one more shown cell of its own lines is hidden. Totals are not hidden for
      // it, nor cells further out: on a coordinator's own area with a few consent-shared children from small
      // towns (a town of two children split 1 and 1: the <3 marks themselves say so) that hid whole reports,
      // the count of children included. That limit is documented (docs/statistics.md › Suppression).
      for (const disclosed of findDisclosed(values, lines, marks, threshold)) {
        const cells = [...shownIn(lines.filter((line) => line.includes(disclosed)))].filter(([i]) => !isMargin(i));
        next = pick(new Map(cells));
        if (next !== undefined) break;
      }
      if (next === undefined) return marks;
    }
    marks[next] = 'complement';
  }
}

/**
 * The '<3' entries whose value a reader can work out from the shown entries and the lines' sums. Bounds:
 * shown entries are known, '<3' is 1 or 2 (up to threshold − 1), 'x' any count; each line then narrows each of
 * its hidden entries (its total less the others' bounds), until nothing narrows.
 */
function findDisclosed(values: readonly number[], lines: readonly (readonly number[])[], marks: readonly Mark[], threshold: number): number[] {
  const lo = values.map((v, i) => (marks[i] === null ? v : marks[i] === 'primary' ? 1 : 0));
  const hi = values.map((v, i) => (marks[i] === null ? v : marks[i] === 'primary' ? threshold - 1 : Number.POSITIVE_INFINITY));
  const narrow = (i: number, low: number, high: number) => {
    const changed = low > lo[i]! || high < hi[i]!;
    lo[i] = Math.max(lo[i]!, low);
    hi[i] = Math.min(hi[i]!, high);
    return changed;
  };
  // Sums of bounds with infinities counted apart (Infinity − Infinity is no number).
  const sumOf = (bounds: readonly number[], line: readonly number[]) => {
    let finite = 0;
    let infinite = 0;
    for (const i of line) if (Number.isFinite(bounds[i]!)) finite += bounds[i]!; else infinite++;
    return { finite, infinite };
  };
  const without = (sum: { finite: number; infinite: number }, value: number) =>
    (Number.isFinite(value) ? (sum.infinite > 0 ? Number.POSITIVE_INFINITY : sum.finite - value) : sum.infinite > 1 ? Number.POSITIVE_INFINITY : sum.finite);
  for (let round = 0, changed = true; changed && round < 100; round++) {
    changed = false;
    for (const line of lines) {
      const total = line[line.length - 1]!;
      const parts = line.slice(0, -1);
      const low = sumOf(lo, parts).finite;
      const high = sumOf(hi, parts);
      if (narrow(total, low, high.infinite > 0 ? Number.POSITIVE_INFINITY : high.finite)) changed = true;
      for (const i of parts) {
        if (marks[i] === null) continue;
        const othersLow = low - lo[i]!;
        const othersHigh = without(high, hi[i]!);
        if (narrow(i, lo[total]! - othersHigh, hi[total]! - othersLow)) changed = true;
      }
    }
  }
  return marks.flatMap((mark, i) => (mark === 'primary' && lo[i] === hi[i] ? [i] : []));
}

/** Where each entry of a table sits in the flat list: cells row by row, then row totals, column totals, total. */
export function tableLayout(rows: number, columns: number) {
  const cell = (r: number, c: number) => r * columns + c;
  const rowTotal = (r: number) => rows * columns + r;
  const columnTotal = (c: number) => rows * columns + rows + c;
  const total = rows * columns + rows + columns;
  return { cell, rowTotal, columnTotal, total, size: total + 1, isMargin: (i: number) => i >= rows * columns };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The lines of a table: each column with its total (rows are municipalities, one per child), the row totals
 * with the grand total, and — when each child is in one column — each row and the column totals too. */
export function tableLines(table: Pick<CountTable, 'rows' | 'columns' | 'exclusiveColumns'>): number[][] {
  const [R, C] = [table.rows.length, table.columns.length];
  const at = tableLayout(R, C);
  const lines = range(C).map((c) => [...range(R).map((r) => at.cell(r, c)), at.columnTotal(c)]);
  lines.push([...range(R).map(at.rowTotal), at.total]);
  if (table.exclusiveColumns) {
    for (const r of range(R)) lines.push([...range(C).map((c) => at.cell(r, c)), at.rowTotal(r)]);
    lines.push([...range(C).map(at.columnTotal), at.total]);
  }
  return lines;
}

export function flattenTable(table: CountTable): number[] {
  return [...table.cells.flat(), ...table.rowTotals, ...table.columnTotals, table.total];
}
