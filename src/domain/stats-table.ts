// The shape every statistic takes: rows are municipalities, columns the figure's categories, with margins.

/** Counts by municipality (rows) × category (columns). */
export type CountTable = {
  rows: string[];
  columns: string[];
  cells: number[][];
  /** Per row: the children (or visits) of that municipality — equal to the row's sum only when columns exclude each other. */
  rowTotals: number[];
  /** Per column: the sum over rows. */
  columnTotals: number[];
  total: number;
  /** Each child falls in exactly one column, so a row's cells add up to its total. */
  exclusiveColumns: boolean;
  unit: 'children' | 'visits';
};

/** Counts in progress: `add` one child (or visit) of a row to the columns named by `keys` (unknown keys are ignored). */
export type Tally = {
  add(row: number, keys: readonly string[]): void;
  finish(): CountTable;
};

export function createTally(
  rows: readonly string[],
  columns: readonly string[],
  options: { exclusiveColumns: boolean; unit?: CountTable['unit'] },
): Tally {
  const cells = rows.map(() => columns.map(() => 0));
  const rowTotals = rows.map(() => 0);
  const columnOf = new Map(columns.map((column, i) => [column, i]));
  return {
    add(row, keys) {
      rowTotals[row]! += 1;
      const cellRow = cells[row]!;
      for (const key of keys) {
        const column = columnOf.get(key);
        if (column !== undefined) cellRow[column]! += 1;
      }
    },
    finish() {
      const columnTotals = columns.map((_, c) => cells.reduce((sum, row) => sum + row[c]!, 0));
      const total = rowTotals.reduce((sum, n) => sum + n, 0);
      return {
        rows: [...rows], columns: [...columns], cells, rowTotals, columnTotals, total,
        exclusiveColumns: options.exclusiveColumns, unit: options.unit ?? 'children',
      };
    },
  };
}
