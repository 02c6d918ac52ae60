import { describe, expect, it } from 'vitest';
import { buildDeviceStats } from '../../../src/domain/stats-dashboard.ts';
import { makeCase } from '../../fixtures/records.ts';

describe('buildDeviceStats', () => {
  const ventilated = makeCase({ birthDate: '2020-05-10', municipalityCode: '142018', careItems: [{ option: 'ventilator', watch: 'high', details: [] }] });
  const others = Array.from({ length: 4 }, () => makeCase({ birthDate: '2019-01-01', municipalityCode: '142018' }));
  const { report, exact } = buildDeviceStats({ cases: [ventilated, ...others], visits: [], resources: [], asOf: '2026-05-10' });
  const ventilator = (table: typeof report.figures.careItems) => table.cells[0]![table.columns.indexOf('1')];

  it('gives the coordinator\'s screen the exact count the published report hides', () => {
    expect(ventilator(report.figures.careItems)).toBe('<3');
    expect(ventilator(exact.figures.careItems)).toBe(1);
    expect(exact.counted).toBe(5);
  });

  it('keeps every hidden cell hidden in the report meant for print and CSV', () => {
    const cells = Object.values(report.figures).flatMap((t) => [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total]);
    expect(cells.filter((v) => v === 1 || v === 2)).toEqual([]);
  });
});
