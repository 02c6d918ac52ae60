import { formatDate, formatDateTime } from './format-date.ts';
import { formatValue } from './format-value.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A field's value as the record page writes it, for cards that show a change or a conflict: dates as
 * 2026年11月29日（令和8年） (not 2026-11-29), moments with their time, everything else as formatValue does.
 */
export function formatFieldValue(value: unknown, field = ''): string {
  if (typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value))) return formatDate(value);
  if (typeof value === 'string' && MOMENT.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value);
  return formatValue(value, field);
}
