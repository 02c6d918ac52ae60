import type { FigureId } from './stats.ts';
import type { PublishedReport, PublishedTable } from './stats-publish.ts';

// The published statistics as one CSV for Excel: a heading block (date, scope, legend), then each figure as
// municipality rows × category columns with totals. Text only; the encoding (UTF-8 BOM / Shift_JIS) is the UI's.

/** The words a CSV needs, in the reader's language. */
export type StatsCsvLabels = {
  title: string;
  asOf: string;
  scope: string;
  legend: string;
  municipalityHeader: string;
  totalRow: string;
  rowTotalHeader: (table: PublishedTable) => string;
  figure: (id: FigureId) => string;
  column: (id: FigureId, key: string) => string;
  municipality: (code: string) => string;
};

/** One CSV field: quoted when needed, and a leading = + - @ defused so Excel never runs it as a formula. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (fields: readonly (string | number)[]) => fields.map(csvField).join(',');

function tableLines(id: FigureId, table: PublishedTable, labels: StatsCsvLabels): string[] {
  const header = [labels.municipalityHeader, ...table.columns.map((key) => labels.column(id, key)), labels.rowTotalHeader(table)];
  const rows = table.rows.map((code, r) => [labels.municipality(code), ...table.cells[r]!, table.rowTotals[r]!]);
  const totals = [labels.totalRow, ...table.columnTotals, table.total];
  return [csvLine([labels.figure(id)]), csvLine(header), ...rows.map(csvLine), csvLine(totals), ''];
}

/** The whole report as CSV text (CRLF line ends, as Excel writes them). */
export function formatStatsCsv(report: PublishedReport, figures: readonly FigureId[], labels: StatsCsvLabels): string {
  const head = [
    csvLine([labels.title]),
    csvLine([labels.asOf, report.asOf]),
    csvLine([labels.scope, report.municipalities.map(labels.municipality).join('・')]),
    csvLine([labels.legend]),
    '',
  ];
  const body = figures.flatMap((id) => tableLines(id, report.figures[id], labels));
  return [...head, ...body].join('\r\n');
}
