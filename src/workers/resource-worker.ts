import * as Comlink from 'comlink';
import { getDb } from '../db/database.ts';
import { encodeCsvText } from '../domain/csv-encoding.ts';
import { toUnmetChild } from '../domain/match-child.ts';
import { matchResources } from '../domain/match-resources.ts';
import type { MatchRequest, MatchResult } from '../domain/match-types.ts';
import { MUNICIPALITIES, municipalityName } from '../domain/municipalities.ts';
import { createMunicipalityResolver } from '../domain/municipality-resolver.ts';
import { newRecordId } from '../domain/record-id.ts';
import { formatResourcesCsv } from '../domain/resource-csv-export.ts';
import { buildImportPreview, readCsvTable, suggestMapping, type ColumnMapping, type CsvTable } from '../domain/resource-csv-import.ts';
import { formatUnmetNeedsCsv } from '../domain/unmet-needs-csv.ts';
import { computeUnmetNeeds, type UnmetOptions, type UnmetReport } from '../domain/unmet-needs.ts';
import { ColumnMappingSchema, CsvEncodingSchema, MatchRequestSchema, UnmetOptionsSchema } from '../schema/resource-worker.ts';
import { readAllRecords, readLiveRecords } from '../db/layered-records.ts';
import { currentIndex, currentResources } from './resource-index.ts';
import { setWorkerKeys } from './worker-keys.ts';

// The resource worker: CSV reading, matching and the unmet-needs report, off the page's main thread.

const resolve = createMunicipalityResolver(MUNICIPALITIES);
const bytesOf = (value: unknown) => {
  if (!(value instanceof Uint8Array)) throw new TypeError('expected file bytes');
  return value;
};
const transfer = (bytes: Uint8Array) => Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);

const api = {
  setKeys: setWorkerKeys,

  /** Decodes (UTF-8 / Shift_JIS) and splits a CSV file, with the header mapping we can guess. */
  readCsv(bytes: Uint8Array) {
    const { table, error } = readCsvTable(bytesOf(bytes));
    return { table, error, mapping: table ? suggestMapping(table.headers) : [] };
  },

  /** What importing `table` under `mapping` would do, row by row; writes nothing. */
  async previewImport(table: CsvTable, mapping: ColumnMapping) {
    const checked = ColumnMappingSchema.parse(mapping) as ColumnMapping;
    const existing = await readAllRecords(getDb(), 'resources');
    return buildImportPreview(table, checked, { existing, resolve, newId: () => newRecordId() });
  },

  async exportResources(encoding: 'utf-8' | 'shift_jis') {
    const text = formatResourcesCsv(await currentResources(), municipalityName);
    return transfer(encodeCsvText(text, CsvEncodingSchema.parse(encoding)));
  },

  async match(request: MatchRequest): Promise<MatchResult> {
    const parsed = MatchRequestSchema.parse(request) as MatchRequest;
    return matchResources(await currentIndex(), parsed);
  },

  async unmetNeeds(options: UnmetOptions, today: string, onProgress?: (done: number, total: number) => void): Promise<UnmetReport> {
    const parsed = UnmetOptionsSchema.parse(options) as UnmetOptions;
    const db = getDb();
    const cases = await readLiveRecords(db, 'cases');
    const children = cases.map((record) => toUnmetChild(record, today));
    return computeUnmetNeeds(await currentIndex(), children, parsed, onProgress);
  },

  exportUnmetNeeds(report: UnmetReport, encoding: 'utf-8' | 'shift_jis') {
    return transfer(encodeCsvText(formatUnmetNeedsCsv(report, municipalityName), CsvEncodingSchema.parse(encoding)));
  },
};

export type ResourceWorkerApi = typeof api;

Comlink.expose(api);
