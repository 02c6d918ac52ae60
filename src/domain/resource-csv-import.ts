import { ResourceFieldsSchema, type Resource } from '../schema/resource.ts';
import { decodeCsvBytes, type CsvEncoding } from './csv-encoding.ts';
import { parseCsv, unguardCell, type CsvRow } from './csv-text.ts';
import { normalize } from './csv-values.ts';
import { fieldForHeader, RESOURCE_COLUMNS, type ColumnDef, type ResolveMunicipality, type ResourceCsvField } from './resource-csv-columns.ts';
import { describeIssue } from './resource-csv-issues.ts';
import { checkResourceRules, type ResourceFields } from './resource-rules.ts';

export type CsvTable = { headers: string[]; rows: CsvRow[]; encoding: CsvEncoding };
/** For each column (by index), the field it fills, or null to ignore the column. */
export type ColumnMapping = (ResourceCsvField | null)[];
/** A problem to fix before importing: the file's line, the 1-based column (null for the whole row), why. */
export type ImportError = { line: number; column: number | null; header: string; reason: string };
export type ImportRecord = { line: number; id: string; action: 'create' | 'update'; fields: ResourceFields };
export type ImportPreview = { records: ImportRecord[]; errors: ImportError[] };
export type PreviewContext = { existing: readonly Resource[]; resolve: ResolveMunicipality; newId: () => string };

/** Decodes and splits the file; the first non-blank row is the header. */
export function readCsvTable(bytes: Uint8Array): { table: CsvTable | null; error: ImportError | null } {
  const { text, encoding } = decodeCsvBytes(bytes);
  const { rows, error } = parseCsv(text);
  if (error) return { table: null, error: { line: error.line, column: null, header: '', reason: error.reason } };
  const [header, ...body] = rows;
  if (!header) return { table: null, error: { line: 1, column: null, header: '', reason: 'ファイルが空です' } };
  return { table: { headers: header.cells.map((cell) => cell.trim()), rows: body, encoding }, error: null };
}

/** The mapping we can guess from the headers; unknown headers map to null for the person to choose. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const seen = new Set<ResourceCsvField>();
  return headers.map((header) => {
    const field = fieldForHeader(header);
    if (!field || seen.has(field)) return null;
    seen.add(field);
    return field;
  });
}

function checkMapping(table: CsvTable, mapping: ColumnMapping): ImportError[] {
  const errors: ImportError[] = [];
  for (const [field, column] of Object.entries(RESOURCE_COLUMNS) as [ResourceCsvField, ColumnDef][]) {
    const count = mapping.filter((mapped) => mapped === field).length;
    if (column.isRequired && count === 0) errors.push({ line: 1, column: null, header: column.header, reason: `「${column.header}」の列が必要です` });
    if (count > 1) errors.push({ line: 1, column: null, header: column.header, reason: `「${column.header}」に複数の列が割り当てられています` });
  }
  return table.rows.length === 0 ? [...errors, { line: 2, column: null, header: '', reason: 'データ行がありません' }] : errors;
}

const keyOf = (name: string, municipalityCode: string) => `${normalize(name)}|${municipalityCode}`;

/**
 * Reads every row into resource fields and says, per row, what would happen (create or update) — or, per
 * cell, what is wrong. Nothing is written here; the import writes only a preview with no errors.
 */
export function buildImportPreview(table: CsvTable, mapping: ColumnMapping, ctx: PreviewContext): ImportPreview {
  const errors = checkMapping(table, mapping);
  if (errors.length > 0) return { records: [], errors };
  const live = ctx.existing.filter((r) => !r.deleted);
  const byId = new Map(live.map((r) => [r.id, r]));
  const byKey = new Map(live.map((r) => [keyOf(r.name, r.municipalityCode), r]));
  const seen = new Map<string, number>();
  const records: ImportRecord[] = [];
  for (const row of table.rows) {
    const result = readRow(row, table.headers, mapping, ctx.resolve);
    if (result.errors) { errors.push(...result.errors); continue; }
    const { values, id } = result;
    const existing = (id ? byId.get(id) : undefined) ?? (id ? undefined : byKey.get(keyOf(String(values.name), String(values.municipalityCode))));
    const checked = validateRow(row.line, { ...(existing ?? {}), ...values }, table.headers, mapping);
    if (checked.errors) { errors.push(...checked.errors); continue; }
    const key = id ?? keyOf(checked.fields.name, checked.fields.municipalityCode);
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ line: row.line, column: null, header: '', reason: `${first} 行目と同じ事業所です（ID、または名称と市区町村が同じ）` });
      continue;
    }
    seen.set(key, row.line);
    records.push({ line: row.line, id: existing?.id ?? id ?? ctx.newId(), action: existing ? 'update' : 'create', fields: checked.fields });
  }
  return { records, errors };
}

type RowValues = { values: Record<string, unknown>; id: string | null; errors?: never } | { errors: ImportError[] };

function readRow(row: CsvRow, headers: readonly string[], mapping: ColumnMapping, resolve: ResolveMunicipality): RowValues {
  const errors: ImportError[] = [];
  if (row.cells.length > headers.length) {
    errors.push({ line: row.line, column: headers.length + 1, header: '', reason: `列が見出しより多くあります（${row.cells.length} 列、見出しは ${headers.length} 列）` });
  }
  const values: Record<string, unknown> = {};
  let id: string | null = null;
  mapping.forEach((field, i) => {
    if (!field) return;
    const column: ColumnDef = RESOURCE_COLUMNS[field];
    const raw = unguardCell(row.cells[i] ?? '').trim();
    const at = { line: row.line, column: i + 1, header: headers[i] ?? column.header };
    if (raw === '') {
      if (column.isRequired) errors.push({ ...at, reason: `「${column.header}」は必須です` });
      else if (field !== 'id') values[field] = DEFAULTS[field as keyof typeof DEFAULTS];
      return;
    }
    const parsed = column.parse(raw, resolve);
    if (!parsed.ok) errors.push({ ...at, reason: parsed.reason });
    else if (field === 'id') id = parsed.value as string;
    else values[field] = parsed.value;
  });
  return errors.length > 0 ? { errors } : { values, id };
}

/** An empty cell means the field's default (cleared), as in a new record. */
const DEFAULTS: ResourceFields = ResourceFieldsSchema.parse({ name: '-', type: 'other', municipalityCode: '142018' });

function validateRow(line: number, merged: Record<string, unknown>, headers: readonly string[], mapping: ColumnMapping) {
  const { id: _id, rev: _rev, deleted: _deleted, updatedAt: _updatedAt, ...fields } = merged;
  const at = (field: string, reason: string): ImportError => {
    const index = mapping.indexOf(field as ResourceCsvField);
    return { line, column: index >= 0 ? index + 1 : null, header: index >= 0 ? (headers[index] ?? '') : field, reason };
  };
  const parsed = ResourceFieldsSchema.safeParse(fields);
  if (!parsed.success) return { errors: parsed.error.issues.map((issue) => at(String(issue.path[0] ?? ''), describeIssue(issue))) };
  const broken = checkResourceRules(parsed.data);
  return broken.length > 0 ? { errors: broken.map((p) => at(p.field, p.message)) } : { fields: parsed.data };
}
