import { CARE_ITEM_LABELS, CARE_OPTIONS, CARE_OPTION_CODES, type CareOptionCode } from '../schema/care-options.ts';
import { WEEKDAYS } from '../schema/resource.ts';

// Cell values as people type them in Excel: 全角 digits, 「月〜金」, 「○」, 2025/4/1, 「呼吸器、吸引」.

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/** NFKC (全角→半角), trimmed, inner spaces removed: the form every lookup compares. */
export const normalize = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, '').toLowerCase();

/** Splits a list cell on 、 , ; / and line breaks (not on ・, which appears inside care-item labels). */
export const splitList = (text: string) => text.split(/[、,;；/／\n]+/).map((part) => part.trim()).filter(Boolean);

export function parseNumber(text: string, isInt: boolean): Parsed<number> {
  const cleaned = text.normalize('NFKC').trim().replace(/[歳才人名床件]$/, '');
  if (/^(満|満床|満員|なし|無し)$/.test(cleaned)) return ok(0);
  const value = Number(cleaned);
  if (cleaned === '' || !Number.isFinite(value)) return fail(`数値ではありません（${text}）`);
  if (isInt && !Number.isInteger(value)) return fail(`整数で入力してください（${text}）`);
  return ok(value);
}

export function parseDate(text: string): Parsed<string> {
  const match = /^(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?$/.exec(text.normalize('NFKC').trim());
  if (!match) return fail(`日付は 2025-04-01 や 2025/4/1 の形で入力してください（${text}）`);
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return fail(`存在しない日付です（${text}）`);
  return ok(iso);
}

const TRUE_WORDS = new Set(['有', 'あり', '有り', '○', '◯', '可', 'はい', 'yes', 'true', '1']);
const FALSE_WORDS = new Set(['無', 'なし', '無し', '×', '不可', 'いいえ', 'no', 'false', '0', '-']);

export function parseYesNo(text: string): Parsed<boolean> {
  const key = normalize(text);
  if (TRUE_WORDS.has(key)) return ok(true);
  if (FALSE_WORDS.has(key)) return ok(false);
  return fail(`「あり」か「なし」で入力してください（${text}）`);
}

const CARE_LOOKUP = new Map<string, CareOptionCode>();
for (const code of CARE_OPTION_CODES) {
  const option = CARE_OPTIONS[code];
  for (const name of [code, option.short, option.label]) CARE_LOOKUP.set(normalize(name), code);
  const siblings = CARE_OPTION_CODES.filter((other) => CARE_OPTIONS[other].item === option.item);
  if (siblings.length === 1) CARE_LOOKUP.set(normalize(CARE_ITEM_LABELS[option.item]), code);
}

export function parseCareList(text: string): Parsed<CareOptionCode[]> {
  const codes: CareOptionCode[] = [];
  for (const part of splitList(text)) {
    const code = CARE_LOOKUP.get(normalize(part));
    if (!code) return fail(`医療的ケアの名前が分かりません（${part}）`);
    if (!codes.includes(code)) codes.push(code);
  }
  return ok(codes);
}

type Weekday = (typeof WEEKDAYS)[number];
const DAY_CHARS = '月火水木金土日';

export function parseDays(text: string): Parsed<Weekday[]> {
  let rest = text.normalize('NFKC').replace(/[\s、,・/]/g, '').replace(/曜日?/g, '');
  rest = rest.replace(/平日/g, '月~金').replace(/(毎日|年中無休|全日)/g, '月~日祝');
  rest = rest.replace(/([月火水木金土日])[~〜\-ー－]([月火水木金土日])/g, (_, from: string, to: string) => {
    const a = DAY_CHARS.indexOf(from);
    const b = DAY_CHARS.indexOf(to);
    return a <= b ? DAY_CHARS.slice(a, b + 1) : '!';
  });
  const days = new Set<Weekday>();
  for (const ch of rest.replace(/祝日?/g, '祝')) {
    const i = (DAY_CHARS + '祝').indexOf(ch);
    if (i < 0) return fail(`曜日は「月〜金」「月水金」「平日」などで入力してください（${text}）`);
    days.add(WEEKDAYS[i]!);
  }
  return ok(WEEKDAYS.filter((day) => days.has(day)));
}

/** Days back to the compact form people write: 月〜金・土. */
export function formatDays(days: readonly Weekday[]): string {
  const chars = WEEKDAYS.filter((day) => days.includes(day)).map((day) => (DAY_CHARS + '祝')[WEEKDAYS.indexOf(day)]!);
  const week = chars.filter((c) => c !== '祝').join('');
  const compact = week.length >= 3 && DAY_CHARS.includes(week) ? `${week[0]}〜${week.at(-1)}` : week;
  return chars.includes('祝') ? `${compact}${compact ? '・' : ''}祝` : compact;
}
