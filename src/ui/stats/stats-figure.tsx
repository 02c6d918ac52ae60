import type { FigureId } from '../../domain/stats.ts';
import type { PublishedReport } from '../../domain/stats-publish.ts';
import type { StatsPayload } from '../../schema/stats.ts';
import { BarChart } from './bar-chart.tsx';
import { FigureTable } from './figure-table.tsx';
import { columnLabel, figureDefinition, figureTitle } from './stats-labels.ts';
import { ts } from './stats-messages.ts';

type Props = { id: FigureId; payload: StatsPayload; report?: PublishedReport; idPrefix?: string };

/** One figure: its title and definition, a chart of the totals, and the table by municipality. */
export function StatsFigure({ id, payload, report = payload.report, idPrefix = 'fig' }: Props) {
  const table = report.figures[id];
  const title = figureTitle(id);
  const bars = table.columns.map((key, c) => ({ label: columnLabel(id, key), value: table.columnTotals[c]! }));
  return (
    <section class="stats-figure card" aria-labelledby={`${idPrefix}-${id}`} data-testid={`figure-${id}`}>
      <h2 id={`${idPrefix}-${id}`}>{title}</h2>
      <p class="stats-figure__definition"><span class="stats-figure__term">{ts('definitions')}:</span> {figureDefinition(id)}</p>
      <BarChart bars={bars} label={ts('chartOf', { title })} />
      <FigureTable id={id} table={table} payload={payload} caption={ts('tableOf', { title })} />
    </section>
  );
}
