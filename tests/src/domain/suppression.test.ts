import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishReport, suppressTable } from '../../../src/domain/stats-publish.ts';
import type { StatsReport } from '../../../src/domain/stats.ts';
import { createTally, type CountTable } from '../../../src/domain/stats-table.ts';
import { flattenTable, markSuppressed, tableLines } from '../../../src/domain/suppression.ts';

/** A table from cells; row totals are row sums when columns exclude each other. */
function table(cells: number[][], exclusiveColumns = true, rowTotals?: number[]): CountTable {
  const totals = rowTotals ?? cells.map((row) => row.reduce((a, b) => a + b, 0));
  return {
    rows: cells.map((_, r) => `m${r}`), columns: cells[0]!.map((_, c) => `c${c}`), cells, rowTotals: totals,
    columnTotals: cells[0]!.map((_, c) => cells.reduce((sum, row) => sum + row[c]!, 0)),
    total: totals.reduce((a, b) => a + b, 0), exclusiveColumns, unit: 'children',
  };
}

describe('markSuppressed', () => {
  it('hides 1 and 2, shows 0 and 3', () => {
    expect(markSuppressed([0, 1, 2, 3], [])).toEqual([null, 'primary', 'primary', null]);
  });

  it('hides one more entry where two <3 could be worked out from what the line leaves them (24 − 22 = 2: both 1)', () => {
    // A line of four cells and its total: without the third hidden entry, 10 + 12 shown leave exactly 2.
    const marks = markSuppressed([10, 12, 1, 1, 24], [[0, 1, 2, 3, 4]]);
    expect(marks.slice(2, 4)).toEqual(['primary', 'primary']);
    expect(marks.filter((mark) => mark === 'complement')).toHaveLength(1);
    expect(marks[0]).toBe('complement');
    // 1 + 2 leave 3: either could be 1 or 2, nothing more to hide.
    expect(markSuppressed([10, 12, 1, 2, 25], [[0, 1, 2, 3, 4]])).toEqual([null, null, 'primary', 'primary', null]);
  });
});

describe('suppressTable', () => {
  it('hides a second cell so a small cell cannot be found by subtracting from the row total', () => {
    const { published } = suppressTable(table([[2, 5, 4], [6, 7, 8]]));
    expect(published.cells[0]).toEqual(['<3', 5, 'x']);
    expect(published.rowTotals[0]).toBe(11);
    // The column of the hidden 2 would give it back too: a second row's cell goes there.
    expect(published.cells[1]).toEqual(['x', 7, 'x']);
    expect(published.columnTotals).toEqual([8, 12, 12]);
  });

  it('hides the matching column total when a municipality is alone in its table', () => {
    const { published } = suppressTable(table([[2, 9]]));
    expect(published.cells[0]).toEqual(['<3', 'x']);
    expect(published.columnTotals).toEqual(['<3', 'x']);
    expect(published.total).toBe(11);
  });

  it('protects columns but not rows when a child can be in several columns', () => {
    const { published } = suppressTable(table([[2, 8], [5, 9]], false, [10, 12]));
    expect(published.cells).toEqual([['<3', 8], ['x', 9]]);
    expect(published.rowTotals).toEqual([10, 12]);
  });

  it('leaves no line with exactly one hidden entry, whatever the counts', () => {
    const cells = fc.integer({ min: 1, max: 4 }).chain((rows) =>
      fc.array(fc.array(fc.nat({ max: 9 }), { minLength: 3, maxLength: 3 }), { minLength: rows, maxLength: rows }));
    fc.assert(fc.property(cells, fc.boolean(), (grid, exclusive) => {
      const t = table(grid, exclusive, exclusive ? undefined : grid.map((row) => Math.max(...row) + 1));
      const { published } = suppressTable(t);
      const flat = [...published.cells.flat(), ...published.rowTotals, ...published.columnTotals, published.total];
      expect(flattenTable(t)).toHaveLength(flat.length);
      for (const line of tableLines(t)) {
        expect(line.filter((i) => typeof flat[i] === 'string').length).not.toBe(1);
      }
    }));
  });
});

/** Every cell grid (cells 0..max) a reader could take for the published table: the shown entries must match. */
function consistentGrids(published: ReturnType<typeof suppressTable>['published'], rows: number, columns: number, max: number): number[][][] {
  const shown = (value: unknown): value is number => typeof value === 'number';
  const choices = published.cells.flat().map((cell) => (shown(cell) ? [cell] : cell === '<3' ? [1, 2] : Array.from({ length: max + 1 }, (_, i) => i)));
  const grids: number[][][] = [];
  const pick = (at: number, flat: number[]) => {
    if (at === choices.length) {
      const grid = Array.from({ length: rows }, (_, r) => flat.slice(r * columns, (r + 1) * columns));
      const rowTotals = grid.map((row) => row.reduce((a, b) => a + b, 0));
      const columnTotals = grid[0]!.map((_, c) => grid.reduce((sum, row) => sum + row[c]!, 0));
      const total = rowTotals.reduce((a, b) => a + b, 0);
      const matches = (values: number[], published: unknown[]) => values.every((v, i) => !shown(published[i]) || published[i] === v);
      if (matches(rowTotals, published.rowTotals) && matches(columnTotals, published.columnTotals) && matches([total], [published.total])) grids.push(grid);
      return;
    }
    for (const value of choices[at]!) pick(at + 1, [...flat, value]);
  };
  pick(0, []);
  return grids;
}

describe('suppressTable against a reader who tries every possibility', () => {
  it('leaves every <3 with at least two values a reader cannot tell apart, unless no cell of its own lines is left to hide', () => {
    const MAX = 8;
    const grid = fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 3 });
    fc.assert(fc.property(grid, (cells) => {
      const t = table(cells);
      const { published } = suppressTable(t);
      const grids = consistentGrids(published, cells.length, 2, MAX);
      const flat = [...published.cells.flat(), ...published.rowTotals, ...published.columnTotals, published.total];
      const at = (r: number, c: number) => r * 2 + c;
      published.cells.forEach((row, r) => row.forEach((cell, c) => {
        if (cell !== '<3' || new Set(grids.map((g) => g[r]![c])).size > 1) return;
        // The documented limit (docs/statistics.md): no cell of its own lines is left to hide (totals are kept).
        const own = tableLines(t).filter((line) => line.includes(at(r, c)));
        const isCell = (i: number) => i < cells.length * 2;
        expect(own.flat().filter(isCell).every((i) => typeof flat[i] === 'string'), `cell ${r},${c} of ${JSON.stringify(cells)}: ${JSON.stringify(published)}`).toBe(true);
      }));
    }), { numRuns: 150, examples: [[[[0, 2], [1, 2]]], [[[2, 2], [2, 2]]]] });
  }, 60_000);
});

describe('publishReport', () => {
  it('hides a municipality total in every per-child table once any table hides it', () => {
    const rows = ['142018', '142042', '143014'];
    const a = createTally(rows, ['yes', 'no'], { exclusiveColumns: true });
    const b = createTally(rows, ['x1', 'x2'], { exclusiveColumns: false });
    const adds: [number, number[]][] = [[0, [0]], [0, [1]], [0, [1]], [0, [1]], [1, [0]], [1, [1]], [1, [1]], [2, [0]], [2, [1]]];
    for (const [row, cols] of adds) {
      a.add(row, cols.map((c) => ['yes', 'no'][c]!));
      b.add(row, cols.map((c) => ['x1', 'x2'][1 - c]!));
    }
    const figures = { electricity: a.finish(), careItems: b.finish() } as unknown as StatsReport['figures'];
    const report = publishReport({ asOf: '2026-05-10', municipalities: rows, counted: 9, excludedAdults: 1, figures });
    // 葉山町 has 2 children: hidden everywhere, and so is one more municipality total, the same one in both tables.
    expect(report.figures.electricity.rowTotals).toEqual(report.figures.careItems.rowTotals);
    expect(report.figures.electricity.rowTotals.filter((v) => typeof v === 'string').length).toBeGreaterThanOrEqual(2);
    expect(report.figures.careItems.rowTotals[2]).toBe('<3');
    expect(report.excludedAdults).toBe('<3');
    expect(report.counted).toBe(9);
  });
});
