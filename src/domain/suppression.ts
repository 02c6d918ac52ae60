import type { CountTable } from './stats-table.ts';

// Small-cell suppression for published statistics. A count of 1 or 2 could point at a child, so it is shown
// as '<3' (primary). Wherever a total would give it back by subtraction — a line (row or column with its
// total) holding exactly one hidden entry — a second entry of that line is hidden as 'x' (complementary),
// repeated until no line has exactly one hidden entry.

export const SUPPRESSION_THRESHOLD = 3;
export type PublishedCell = number | '<3' | 'x';
type Mark = 'primary' | 'complement' | null;

/**
 * Marks entries of `values` to hide. `lines` are index sets whose entries add up (cells and their total);
 * `forced` entries are hidden from the start (a margin hidden in a linked table). Each round hides the entry
 * that mends the most lines with a single hidden entry, preferring cells over margins (`isMargin`), then the
 * smallest non-zero value, so as little as possible is lost.
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
  for (;;) {
    const broken = lines.filter((line) => line.filter((i) => marks[i] !== null).length === 1);
    const mends = new Map<number, number>();
    for (const line of broken) for (const i of line) if (marks[i] === null) mends.set(i, (mends.get(i) ?? 0) + 1);
    const rank = (i: number) => [isMargin(i) ? 1 : 0, -mends.get(i)!, values[i] === 0 ? 1 : 0, values[i]!, i];
    const best = [...mends.keys()].map((i) => ({ i, key: rank(i) })).sort((a, b) => {
      const k = a.key.findIndex((v, n) => v !== b.key[n]);
      return k === -1 ? 0 : a.key[k]! - b.key[k]!;
    })[0];
    if (!best) return marks;
    marks[best.i] = 'complement';
  }
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
