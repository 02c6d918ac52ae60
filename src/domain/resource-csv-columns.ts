import { CARE_OPTIONS, type CareOptionCode } from '../schema/care-options.ts';
import { RESOURCE_TYPES, type ResourceType } from '../schema/resource.ts';
import {
  fail, formatDays, normalize, ok, parseCareList, parseDate, parseDays, parseNumber, parseYesNo, splitList, type Parsed,
} from './csv-values.ts';

// The directory's CSV columns: the header we write, the headers we recognise, how a cell is read and written.

/** Resolves a municipality cell (a code, or a name such as 横須賀市 or 神奈川県横須賀市). */
export type ResolveMunicipality = (text: string) => Parsed<string>;

export type ColumnDef = {
  header: string;
  aliases: readonly string[];
  isRequired?: boolean;
  parse(text: string, resolve: ResolveMunicipality): Parsed<unknown>;
  format(value: unknown, nameOf: (code: string) => string): string;
};

const TYPE_ALIASES: Readonly<Record<string, ResourceType>> = {
  訪問看護: 'home-nursing', 相談支援: 'consultation', 放課後等デイ: 'after-school', 医療型短期入所: 'short-stay-medical',
  福祉型短期入所: 'short-stay-welfare', 保育所: 'nursery', 幼稚園: 'nursery', 病院: 'hospital', 在宅医: 'hospital',
  診療所: 'hospital', 居宅訪問型: 'home-based-development',
};
const TYPE_LOOKUP = new Map<string, ResourceType>();
for (const [code, label] of Object.entries(RESOURCE_TYPES) as [ResourceType, string][]) {
  TYPE_LOOKUP.set(normalize(code), code).set(normalize(label), code);
}
for (const [name, code] of Object.entries(TYPE_ALIASES)) TYPE_LOOKUP.set(normalize(name), code);

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const asText = (t: string): Parsed<string> => ok(t.trim());
const number = (isInt: boolean) => (t: string) => parseNumber(t, isInt);
const careShorts = (value: unknown) => (value as CareOptionCode[]).map((code) => CARE_OPTIONS[code].short).join('、');
const areaList = (t: string, resolve: ResolveMunicipality): Parsed<string[]> => {
  const codes: string[] = [];
  for (const part of splitList(t)) {
    const found = resolve(part);
    if (!found.ok) return found;
    if (!codes.includes(found.value)) codes.push(found.value);
  }
  return ok(codes);
};

export const RESOURCE_COLUMNS = {
  id: { header: 'ID', aliases: ['id'], parse: (t) => (/^[0-9a-f-]{36}$/i.test(t.trim()) ? ok(t.trim().toLowerCase()) : fail('ID の形式が正しくありません')), format: text },
  name: { header: '名称', aliases: ['事業所名', '施設名', '名前', 'name'], isRequired: true, parse: asText, format: text },
  type: {
    header: '種別', aliases: ['資源種別', 'サービス種別', 'type'], isRequired: true,
    parse: (t) => { const code = TYPE_LOOKUP.get(normalize(t)); return code ? ok(code) : fail(`種別が分かりません（${t}）`); },
    format: (v) => RESOURCE_TYPES[v as ResourceType],
  },
  municipalityCode: {
    header: '市区町村コード', aliases: ['所在市区町村コード', '市町村コード', '所在市区町村', '市区町村', '市町村', 'municipalitycode'], isRequired: true,
    parse: (t, resolve) => resolve(t), format: text,
  },
  model: {
    header: '類型', aliases: ['医療型/福祉型', 'モデル', 'model'],
    parse: (t) => (/^(医療|医療型|medical)$/.test(normalize(t)) ? ok('medical') : /^(福祉|福祉型|welfare)$/.test(normalize(t)) ? ok('welfare') : fail(`「医療型」か「福祉型」で入力してください（${t}）`)),
    format: (v) => (v === 'medical' ? '医療型' : '福祉型'),
  },
  acceptsCareItems: { header: '受入可能な医療的ケア', aliases: ['受入ケア', '対応可能な医療的ケア', '受入可能ケア', 'acceptscareitems'], parse: parseCareList, format: careShorts },
  nurseOnlyItems: { header: '看護師のみ対応のケア', aliases: ['看護師対応', '看護師のみ', 'nurseonlyitems'], parse: parseCareList, format: careShorts },
  ageMin: { header: '対象年齢（下限）', aliases: ['年齢下限', '対象年齢下限', 'agemin'], parse: number(false), format: text },
  ageMax: { header: '対象年齢（上限）', aliases: ['年齢上限', '対象年齢上限', 'agemax'], parse: number(false), format: text },
  capacity: { header: '定員', aliases: ['capacity'], parse: number(true), format: text },
  vacancy: { header: '空き', aliases: ['空き数', '空き状況', '空床', 'vacancy'], parse: number(true), format: text },
  vacancyConfirmedAt: { header: '空き確認日', aliases: ['空き情報確認日', '確認日', 'vacancyconfirmedat'], parse: parseDate, format: text },
  days: { header: '営業日', aliases: ['利用日', '開所日', '曜日', 'days'], parse: parseDays, format: (v) => formatDays(v as Parameters<typeof formatDays>[0]) },
  hours: { header: '営業時間', aliases: ['利用時間', '開所時間', 'hours'], parse: asText, format: text },
  serviceArea: {
    header: '対象地域', aliases: ['サービス提供地域', '送迎範囲', '対象市区町村', '実施地域', 'servicearea'],
    parse: areaList, format: (v, nameOf) => (v as string[]).map(nameOf).join('、'),
  },
  pickUp: { header: '送迎', aliases: ['送迎の有無', '送迎有無', 'pickup'], parse: parseYesNo, format: (v) => (v ? 'あり' : 'なし') },
  address: { header: '住所', aliases: ['所在地', 'address'], parse: asText, format: text },
  lat: { header: '緯度', aliases: ['lat', 'latitude'], parse: number(false), format: text },
  lng: { header: '経度', aliases: ['lng', 'lon', 'longitude'], parse: number(false), format: text },
  phone: { header: '電話番号', aliases: ['電話', 'tel', 'phone'], parse: (t) => ok(t.normalize('NFKC').trim()), format: text },
  contactName: { header: '担当者', aliases: ['担当者名', '連絡先担当', 'contactname'], parse: asText, format: text },
  notes: { header: '備考', aliases: ['メモ', 'notes'], parse: asText, format: text },
} as const satisfies Record<string, ColumnDef>;

export type ResourceCsvField = keyof typeof RESOURCE_COLUMNS;
export const RESOURCE_CSV_FIELDS = Object.keys(RESOURCE_COLUMNS) as ResourceCsvField[];

const HEADER_LOOKUP = new Map<string, ResourceCsvField>(
  RESOURCE_CSV_FIELDS.flatMap((field) => {
    const column: ColumnDef = RESOURCE_COLUMNS[field];
    return [column.header, ...column.aliases, field].map((name) => [normalize(name), field] as const);
  }),
);

/** The field a header names, if we know it (全角/半角 and spacing do not matter). */
export function fieldForHeader(header: string): ResourceCsvField | null {
  return HEADER_LOOKUP.get(normalize(header).replace(/[()（）]/g, '')) ?? HEADER_LOOKUP.get(normalize(header)) ?? null;
}
