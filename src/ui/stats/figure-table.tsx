import type { FigureId } from '../../domain/stats.ts';
import type { PublishedTable } from '../../domain/stats-publish.ts';
import type { PublishedCell } from '../../domain/suppression.ts';
import type { StatsPayload } from '../../schema/stats.ts';
import { columnLabel, municipalityLabel, rowTotalLabel } from './stats-labels.ts';
import { ts } from './stats-messages.ts';

const Cell = ({ value }: { value: PublishedCell }) => (
  <td class={typeof value === 'number' ? 'num' : 'num num--hidden'}>{String(value)}</td>
);

/** Municipality rows × the figure's columns, with totals: the chart's numbers, readable by a screen reader. */
export function FigureTable({ id, table, payload, caption }: { id: FigureId; table: PublishedTable; payload: StatsPayload; caption: string }) {
  return (
    <div class="stats-table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table class="stats-table" data-figure={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{ts('municipality')}</th>
            {table.columns.map((key) => <th key={key} scope="col">{columnLabel(id, key)}</th>)}
            <th scope="col">{rowTotalLabel(table)}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((code, r) => (
            <tr key={code}>
              <th scope="row">{municipalityLabel(payload, code)}</th>
              {table.cells[r]!.map((value, c) => <Cell key={table.columns[c]} value={value} />)}
              <Cell value={table.rowTotals[r]!} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{ts('total')}</th>
            {table.columnTotals.map((value, c) => <Cell key={table.columns[c]} value={value} />)}
            <Cell value={table.total} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
