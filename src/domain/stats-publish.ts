import type { FigureId, StatsReport } from './stats.ts';
import type { CountTable } from './stats-table.ts';
import { flattenTable, markSuppressed, SUPPRESSION_THRESHOLD, tableLayout, tableLines, type PublishedCell } from './suppression.ts';

// The statistics as they may leave a person's hands: on screen, in print, in CSV, from the server.

export type PublishedTable = Omit<CountTable, 'cells' | 'rowTotals' | 'columnTotals' | 'total'> & {
  cells: PublishedCell[][];
  rowTotals: PublishedCell[];
  columnTotals: PublishedCell[];
  total: PublishedCell;
};

export type PublishedReport = Omit<StatsReport, 'counted' | 'excludedAdults' | 'figures'> & {
  counted: PublishedCell;
  excludedAdults: PublishedCell;
  figures: Record<FigureId, PublishedTable>;
};

/** Suppresses one table; `forcedRows` are row totals (index `rows.length` = grand total) already hidden elsewhere. */
export function suppressTable(table: CountTable, forcedRows: ReadonlySet<number> = new Set()) {
  const [R, C] = [table.rows.length, table.columns.length];
  const at = tableLayout(R, C);
  const values = flattenTable(table);
  const forced = [...forcedRows].map((r) => (r === R ? at.total : at.rowTotal(r)));
  const marks = markSuppressed(values, tableLines(table), { forced, isMargin: at.isMargin });
  const show = (i: number): PublishedCell => (marks[i] === 'primary' ? '<3' : marks[i] === 'complement' ? 'x' : values[i]!);
  const published: PublishedTable = {
    ...table,
    cells: table.cells.map((row, r) => row.map((_, c) => show(at.cell(r, c)))),
    rowTotals: table.rowTotals.map((_, r) => show(at.rowTotal(r))),
    columnTotals: table.columnTotals.map((_, c) => show(at.columnTotal(c))),
    total: show(at.total),
  };
  const hiddenRows = new Set([...Array(R + 1).keys()].filter((r) => marks[r === R ? at.total : at.rowTotal(r)] !== null));
  return { published, hiddenRows };
}

const hide = (n: number): PublishedCell => (n > 0 && n < SUPPRESSION_THRESHOLD ? '<3' : n);

/**
 * Suppresses every figure. The children-per-municipality margins are the same in every per-child table, so a
 * margin hidden in one is hidden in all (repeated until no table hides a new one), or one table would give
 * back what another hides.
 */
export function publishReport(report: StatsReport): PublishedReport {
  const ids = Object.keys(report.figures) as FigureId[];
  const childIds = ids.filter((id) => report.figures[id].unit === 'children');
  let shared = new Set<number>();
  let tables = new Map<FigureId, PublishedTable>();
  for (;;) {
    tables = new Map();
    const next = new Set(shared);
    for (const id of childIds) {
      const { published, hiddenRows } = suppressTable(report.figures[id], shared);
      tables.set(id, published);
      for (const r of hiddenRows) next.add(r);
    }
    if (next.size === shared.size) break;
    shared = next;
  }
  for (const id of ids) if (!tables.has(id)) tables.set(id, suppressTable(report.figures[id]).published);
  const grandTotal = tables.get(childIds[0]!)?.total ?? hide(report.counted);
  return {
    asOf: report.asOf,
    municipalities: report.municipalities,
    counted: grandTotal,
    excludedAdults: hide(report.excludedAdults),
    figures: Object.fromEntries(ids.map((id) => [id, tables.get(id)!])) as Record<FigureId, PublishedTable>,
  };
}

/** The report with nothing hidden, in the published shape: for a coordinator's own screen only. */
export function exactReport(report: StatsReport): PublishedReport {
  return { ...report, figures: { ...report.figures } };
}
