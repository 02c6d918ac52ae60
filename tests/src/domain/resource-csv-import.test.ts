import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, encodeCsvText } from '../../../src/domain/csv-encoding.ts';
import { MUNICIPALITIES } from '../../../src/domain/municipalities.ts';
import { createMunicipalityResolver } from '../../../src/domain/municipality-resolver.ts';
import { formatResourcesCsv } from '../../../src/domain/resource-csv-export.ts';
import { buildImportPreview, readCsvTable, suggestMapping, type CsvTable } from '../../../src/domain/resource-csv-import.ts';
import { makeResource } from '../../fixtures/resources.ts';

const resolve = createMunicipalityResolver(MUNICIPALITIES);
const ctx = (existing = [makeResource({ name: '既存の事業所', municipalityCode: '142018' })]) =>
  ({ existing, resolve, newId: () => crypto.randomUUID() });
const sjis = (text: string) => Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));
const utf8Bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);

const SAMPLE = [
  '事業所名,種別,所在市区町村,受入ケア,看護師のみ,対象年齢(下限),対象年齢(上限),定員,空き,空き確認日,営業日,送迎,対象地域,独自の列',
  'みさき短期入所,短期入所（医療型）,三浦市,"呼吸器、吸引、経管",呼吸器,0,18,４,1,2026/10/3,月〜金,あり,"三浦市、横須賀市",メモ',
  '葉山こどもデイ,放課後等デイサービス,葉山町,吸引,,6,18,10,0,2026-10-01,平日・土,なし,,',
].join('\r\n');

function table(text: string): CsvTable {
  const { table: read, error } = readCsvTable(utf8Bom(text));
  expect(error).toBeNull();
  return read!;
}

describe('CSV import of the resource directory', () => {
  it('reads Shift_JIS (Excel) and UTF-8 with BOM into the same table', () => {
    const fromSjis = readCsvTable(sjis(SAMPLE));
    const fromUtf8 = readCsvTable(utf8Bom(SAMPLE));
    expect(fromSjis.table?.encoding).toBe('shift_jis');
    expect(fromUtf8.table?.encoding).toBe('utf-8');
    // CP932 (Excel's Shift_JIS) reads 0x8160 as ～ (U+FF5E), not 〜 (U+301C): the day parser takes both.
    const asCp932 = (rows = fromUtf8.table?.rows) => rows?.map((row) => ({ ...row, cells: row.cells.map((c) => c.replace(/〜/g, '～')) }));
    expect(fromSjis.table?.rows).toEqual(asCp932());
    expect(fromSjis.table?.headers[0]).toBe('事業所名');
  });

  it('maps Japanese headers to fields and leaves unknown columns for the person to map', () => {
    const mapping = suggestMapping(table(SAMPLE).headers);
    expect(mapping.slice(0, 4)).toEqual(['name', 'type', 'municipalityCode', 'acceptsCareItems']);
    expect(mapping.at(-1)).toBeNull();
  });

  it('previews every row with what it becomes, from names, 全角 digits, 月〜金 and ○/あり', () => {
    const read = table(SAMPLE);
    const preview = buildImportPreview(read, suggestMapping(read.headers), ctx());
    expect(preview.errors).toEqual([]);
    expect(preview.records[0]).toMatchObject({
      line: 2, action: 'create',
      fields: {
        name: 'みさき短期入所', type: 'short-stay-medical', municipalityCode: '142107', capacity: 4,
        acceptsCareItems: ['ventilator', 'suction', 'tube-gastric'], nurseOnlyItems: ['ventilator'],
        vacancyConfirmedAt: '2026-10-03', days: ['mon', 'tue', 'wed', 'thu', 'fri'], pickUp: true, serviceArea: ['142107', '142018'],
      },
    });
    expect(preview.records[1]?.fields.days).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
  });

  it('reports bad cells with the file line and column, counting line breaks inside quotes', () => {
    const text = [
      '名称,種別,市区町村コード,定員,備考',
      '良い事業所,訪問看護,142018,3,"二行の\n備考"',
      '悪い事業所,宇宙船,142019,三,',
      ',訪問看護,142018,2,',
    ].join('\n');
    const read = table(text);
    const { errors, records } = buildImportPreview(read, suggestMapping(read.headers), ctx());
    expect(records).toHaveLength(1);
    expect(errors).toEqual([
      { line: 4, column: 2, header: '種別', reason: expect.stringContaining('種別が分かりません') },
      { line: 4, column: 3, header: '市区町村コード', reason: expect.stringContaining('検査数字') },
      { line: 4, column: 4, header: '定員', reason: expect.stringContaining('数値ではありません') },
      { line: 5, column: 1, header: '名称', reason: '「名称」は必須です' },
    ]);
  });

  it('checks rules across fields and refuses a row repeated in the file', () => {
    const text = ['名称,種別,市区町村,対象年齢(下限),対象年齢(上限)', 'A,訪問看護,逗子市,10,5', 'B,訪問看護,逗子市,0,18', 'B,訪問看護,逗子市,0,18'].join('\n');
    const read = table(text);
    const { errors } = buildImportPreview(read, suggestMapping(read.headers), ctx());
    expect(errors).toEqual([
      { line: 2, column: 5, header: '対象年齢(上限)', reason: '対象年齢の上限が下限より小さくなっています' },
      { line: 4, column: null, header: '', reason: expect.stringContaining('3 行目と同じ事業所') },
    ]);
  });

  it('refuses a mapping without the required columns before reading rows', () => {
    const read = table('名称,住所\nA,どこか');
    expect(buildImportPreview(read, suggestMapping(read.headers), ctx()).errors.map((e) => e.reason))
      .toEqual(['「種別」の列が必要です', '「市区町村コード」の列が必要です']);
  });

  it('updates a resource already in the directory (same name and municipality) instead of adding it twice', () => {
    const existing = makeResource({ name: '既存の事業所', municipalityCode: '142018', notes: '残す' });
    const read = table('名称,種別,市区町村,空き\n既存の事業所,短期入所（医療型）,横須賀市,3');
    const [record] = buildImportPreview(read, suggestMapping(read.headers), ctx([existing])).records;
    expect(record).toMatchObject({ id: existing.id, action: 'update', fields: { vacancy: 3, notes: '残す' } });
  });

  it('round-trips its own export in both encodings', () => {
    const resources = [
      makeResource({ name: '"引用"と,カンマ', acceptsCareItems: ['ventilator', 'cvc'], nurseOnlyItems: ['cvc'], serviceArea: ['142107', '143014'], days: ['sat', 'sun', 'holiday'], pickUp: true, lat: 35.28, lng: 139.67 }),
      makeResource({ name: '=SUM(A1)', type: 'after-school', ageMin: 6, ageMax: 18, notes: '改行\nあり' }),
    ];
    const nameOf = (code: string) => MUNICIPALITIES.find((m) => m.code === code)?.name ?? code;
    const text = formatResourcesCsv(resources, nameOf);
    expect(text).toContain(`'=SUM(A1)`);
    for (const encoding of ['utf-8', 'shift_jis'] as const) {
      const bytes = encodeCsvText(text, encoding);
      expect(decodeCsvBytes(bytes).encoding).toBe(encoding);
      const read = readCsvTable(bytes).table!;
      const preview = buildImportPreview(read, suggestMapping(read.headers), ctx(resources));
      expect(preview.errors).toEqual([]);
      expect(preview.records.map((r) => ({ id: r.id, action: r.action, ...r.fields })))
        .toEqual(resources.map(({ rev: _r, deleted: _d, updatedAt: _u, ...fields }) => ({ ...fields, action: 'update' })));
    }
  });
});
