import { CARE_ITEM_LABELS, type CareItemNumber } from '../../schema/care-options.ts';
import type { StatsPayload } from '../../schema/stats.ts';
import type { StatsCsvLabels } from '../../domain/stats-csv.ts';
import type { FigureId } from '../../domain/stats.ts';
import type { PublishedTable } from '../../domain/stats-publish.ts';
import { SERVICE_NEEDS, type ServiceNeed } from '../../domain/service-needs.ts';
import { ts, type StatsMessageKey } from './stats-messages.ts';

// Words for the figures' ids and column keys, shared by the screen, the print view and the CSV.

export const figureTitle = (id: FigureId) => ts(`fig.${id}` as StatsMessageKey);
export const figureDefinition = (id: FigureId) => ts(`def.${id}` as StatsMessageKey);

export function columnLabel(id: FigureId, key: string): string {
  switch (id) {
    case 'careItems': return `${key}. ${CARE_ITEM_LABELS[Number(key) as CareItemNumber] ?? key}`;
    case 'ageBands': return ts(`age.${key}` as StatsMessageKey);
    case 'unmetNeeds': return SERVICE_NEEDS[key as ServiceNeed]?.label ?? key;
    case 'visitsByMonth': return ts('month', { year: key.slice(0, 4), month: Number(key.slice(5, 7)) });
    default: return ts(`col.${key}` as StatsMessageKey);
  }
}

export const rowTotalLabel = (table: Pick<PublishedTable, 'unit'>) => ts(table.unit === 'visits' ? 'rowVisits' : 'rowChildren');

export const municipalityLabel = (payload: StatsPayload, code: string) => payload.names[code] ?? code;

export const scopeLabel = (payload: StatsPayload) =>
  payload.report.municipalities.map((code) => municipalityLabel(payload, code)).join('・');

export function csvLabels(payload: StatsPayload): StatsCsvLabels {
  return {
    title: `${ts('title')}（${ts(payload.source === 'device' ? 'sourceDevice' : 'sourceServer')}）`,
    asOf: ts('asOf'), scope: ts('scope'), legend: ts('legend'), municipalityHeader: ts('municipality'),
    totalRow: ts('total'), rowTotalHeader: rowTotalLabel, figure: figureTitle, column: columnLabel,
    municipality: (code) => municipalityLabel(payload, code),
  };
}
