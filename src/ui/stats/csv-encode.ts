// CSV bytes for Excel: UTF-8 with a BOM (current Excel opens it as UTF-8), or Shift_JIS for older Excel and
// the prefecture's systems. The shared encoder (src/domain/csv-encoding.ts) carries encoding-japanese's large
// tables, so it is fetched only when an export is made.

export type CsvEncoding = 'utf8-bom' | 'shift-jis';

// Characters Unicode has twice: Windows' Shift_JIS (CP932) knows only the second form of each.
const CP932_FORMS: Record<string, string> = {
  '\u301c': '\uff5e', '\u2016': '\u2225', '\u2212': '\uff0d', '\u00a2': '\uffe0', '\u00a3': '\uffe1', '\u00ac': '\uffe2',
};

/** The text as Excel on Windows reads Shift_JIS back: 〜 (U+301C) becomes ～ (U+FF5E), and so on. */
export const toCp932Forms = (text: string) => text.replace(/[\u301c\u2016\u2212\u00a2\u00a3\u00ac]/g, (ch) => CP932_FORMS[ch]!);

export async function encodeCsv(text: string, encoding: CsvEncoding): Promise<Uint8Array> {
  const { encodeCsvText } = await import('../../domain/csv-encoding.ts');
  return encoding === 'utf8-bom' ? encodeCsvText(text, 'utf-8') : encodeCsvText(toCp932Forms(text), 'shift_jis');
}

export function csvFileName(asOf: string, encoding: CsvEncoding): string {
  return `tsunagu-stats-${asOf}${encoding === 'shift-jis' ? '-sjis' : ''}.csv`;
}
