import type { Resource } from '../schema/resource.ts';
import { formatCsv } from './csv-text.ts';
import { RESOURCE_COLUMNS, RESOURCE_CSV_FIELDS, type ColumnDef } from './resource-csv-columns.ts';

/** The directory as the CSV prefecture staff exchange: our Japanese headers, one row per live resource. */
export function formatResourcesCsv(resources: readonly Resource[], nameOf: (code: string) => string): string {
  const columns = RESOURCE_CSV_FIELDS.map((field) => [field, RESOURCE_COLUMNS[field] as ColumnDef] as const);
  const header = columns.map(([, column]) => column.header);
  const rows = resources
    .filter((resource) => !resource.deleted)
    .map((resource) => columns.map(([field, column]) => column.format(resource[field], nameOf)));
  return formatCsv([header, ...rows]);
}
