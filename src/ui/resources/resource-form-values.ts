import { fail, ok, splitList, type Parsed } from '../../domain/csv-values.ts';
import type { ResolveMunicipality } from '../../domain/resource-csv-columns.ts';
import { describeIssue } from '../../domain/resource-csv-issues.ts';
import { checkResourceRules, type ResourceFields } from '../../domain/resource-rules.ts';
import type { CareOptionCode } from '../../schema/care-options.ts';
import { ResourceFieldsSchema, type Resource, type ResourceType, type WEEKDAYS } from '../../schema/resource.ts';

type Weekday = (typeof WEEKDAYS)[number];
const TEXT_FIELDS = ['name', 'municipalityCode', 'ageMin', 'ageMax', 'capacity', 'vacancy', 'vacancyConfirmedAt', 'hours',
  'serviceArea', 'address', 'lat', 'lng', 'phone', 'contactName', 'notes'] as const;
export type TextFieldName = (typeof TEXT_FIELDS)[number];

/** The editor's state: text as typed (nothing lost when it does not parse), choices as lists. */
export type ResourceFormValues = Record<TextFieldName, string> & {
  type: ResourceType;
  model: Resource['model'];
  acceptsCareItems: CareOptionCode[];
  nurseOnlyItems: CareOptionCode[];
  days: Weekday[];
  pickUp: boolean;
};
export type FormErrors = Partial<Record<string, string>>;

const DEFAULTS: ResourceFields = ResourceFieldsSchema.parse({ name: '-', type: 'other', municipalityCode: '142018' });

type Named = { code: string; name: string; prefecture: string };

/** Code → what the resolver reads back: 横須賀市, 東京都府中市 where the bare name is shared, else the code. */
export function createMunicipalityLabeler(list: readonly Named[]): (code: string) => string {
  const count = new Map<string, number>();
  const add = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
  for (const m of list) add(m.name), add(m.prefecture + m.name);
  const labelOf = (m: Named) => [m.name, m.prefecture + m.name].find((key) => count.get(key) === 1) ?? m.code;
  const byCode = new Map(list.map((m) => [m.code, labelOf(m)]));
  return (code) => byCode.get(code) ?? code;
}

/** A resource as the editor shows it; municipalities by name when `labelOf` knows them (codes otherwise). */
export function toFormValues(resource: Resource | null, labelOf: (code: string) => string = (code) => code): ResourceFormValues {
  const source = resource ?? { ...DEFAULTS, name: '', municipalityCode: '', type: 'home-nursing' as const, days: [...DEFAULTS.days] };
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  return {
    ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, text(source[field])])) as Record<TextFieldName, string>),
    municipalityCode: source.municipalityCode && labelOf(source.municipalityCode),
    serviceArea: source.serviceArea.map(labelOf).join('、'),
    type: source.type, model: source.model, acceptsCareItems: [...source.acceptsCareItems],
    nurseOnlyItems: [...source.nurseOnlyItems], days: [...source.days], pickUp: source.pickUp,
  };
}

function toNumber(text: string, fallback: number | null, message: string): Parsed<number | null> {
  if (text.trim() === '') return ok(fallback);
  const value = Number(text.normalize('NFKC').trim());
  return Number.isFinite(value) ? ok(value) : fail(message);
}

/** Editor values → resource fields, or the message per field (zod's rules, then rules across fields). */
export function fromFormValues(values: ResourceFormValues, resolve: ResolveMunicipality, numberMessage: string):
  { fields: ResourceFields; errors?: never } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const numbers: Record<string, number | null> = {};
  for (const [field, fallback] of [['ageMin', 0], ['ageMax', 18], ['capacity', 0], ['vacancy', 0], ['lat', null], ['lng', null]] as const) {
    const parsed = toNumber(values[field], fallback, numberMessage);
    if (parsed.ok) numbers[field] = parsed.value;
    else errors[field] = parsed.reason;
  }
  // The municipality is typed as people say it (横須賀市) or as a code, like the service area and the CSV.
  const place = values.municipalityCode.trim() ? resolve(values.municipalityCode) : null;
  if (!place) errors.municipalityCode = '所在地の市区町村を入力してください';
  else if (!place.ok) errors.municipalityCode = place.reason;
  const area: string[] = [];
  for (const part of splitList(values.serviceArea)) {
    const found = resolve(part);
    if (found.ok) area.push(found.value);
    else errors.serviceArea = found.reason;
  }
  const candidate = {
    ...values, ...numbers, serviceArea: area, municipalityCode: place?.ok ? place.value : '',
    vacancyConfirmedAt: values.vacancyConfirmedAt.trim() || null,
  };
  const parsed = ResourceFieldsSchema.safeParse(candidate);
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= describeIssue(issue);
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
  const broken = checkResourceRules(parsed.data);
  if (broken.length > 0) return { errors: Object.fromEntries(broken.map((p) => [p.field, p.message])) };
  return { fields: parsed.data };
}
