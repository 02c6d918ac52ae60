import { CARE_ITEM_LABELS, type CareItemNumber } from '../../schema/care-options.ts';
import type { StatsPayload } from '../../schema/stats.ts';
import type { StatsCsvLabels } from '../../domain/stats-csv.ts';
import type { FigureId } from '../../domain/stats.ts';
import type { PublishedTable } from '../../domain/stats-publish.ts';
import { SERVICE_NEEDS, type ServiceNeed } from '../../domain/service-needs.ts';
import { bilingual, CARE_ITEM_EN } from '../format/care-labels-en.ts';
import { getLanguage } from '../i18n/i18n.ts';
import { serviceNeedLabel } from '../resources/resource-labels.ts';
import { ts, type StatsMessageKey } from './stats-messages.ts';

// Words for the figures' ids and column keys, shared by the screen, the print view and the CSV.

export const figureTitle = (id: FigureId) => ts(`fig.${id}` as StatsMessageKey);
export const figureDefinition = (id: FigureId) => ts(`def.${id}` as StatsMessageKey);

export function columnLabel(id: FigureId, key: string): string {
  switch (id) {
    case 'careItems': return `${key}. ${careItemLabel(Number(key) as CareItemNumber)}`;
    case 'ageBands': return ts(`age.${key}` as StatsMessageKey);
    case 'unmetNeeds': return key in SERVICE_NEEDS ? serviceNeedLabel(key as ServiceNeed) : key;
    case 'visitsByMonth': return ts('month', { year: key.slice(0, 4), month: Number(key.slice(5, 7)) });
    default: return ts(`col.${key}` as StatsMessageKey);
  }
}

function careItemLabel(item: CareItemNumber): string {
  const japanese = CARE_ITEM_LABELS[item] ?? String(item);
  return getLanguage() === 'en' && CARE_ITEM_EN[item] ? bilingual(CARE_ITEM_EN[item], japanese) : japanese;
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
