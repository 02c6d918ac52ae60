// CSV bytes for Excel: UTF-8 with a BOM (current Excel opens it as UTF-8), or Shift_JIS for older Excel and
// the prefecture's systems. encoding-japanese carries large tables, so it is fetched only on a Shift_JIS export.

export type CsvEncoding = 'utf8-bom' | 'shift-jis';

const BOM = [0xef, 0xbb, 0xbf];

// Characters Unicode has twice: Windows' Shift_JIS (CP932) knows only the second form of each.
const CP932_FORMS: Record<string, string> = { '\u301c': '\uff5e', '\u2016': '\u2225', '\u2212': '\uff0d', '\u00a2': '\uffe0', '\u00a3': '\uffe1', '\u00ac': '\uffe2' };

/** The text as Excel on Windows reads Shift_JIS back: 〜 (U+301C) becomes ～ (U+FF5E), and so on. */
export const toCp932Forms = (text: string) => text.replace(/[\u301c\u2016\u2212\u00a2\u00a3\u00ac]/g, (ch) => CP932_FORMS[ch]!);

export async function encodeCsv(text: string, encoding: CsvEncoding): Promise<Uint8Array> {
  if (encoding === 'utf8-bom') {
    const body = new TextEncoder().encode(text);
    const bytes = new Uint8Array(BOM.length + body.length);
    bytes.set(BOM);
    bytes.set(body, BOM.length);
    return bytes;
  }
  const { default: Encoding } = await import('encoding-japanese');
  return Uint8Array.from(Encoding.convert(Encoding.stringToCode(toCp932Forms(text)), { to: 'SJIS', from: 'UNICODE' }));
}

export function csvFileName(asOf: string, encoding: CsvEncoding): string {
  return `tsunagu-stats-${asOf}${encoding === 'shift-jis' ? '-sjis' : ''}.csv`;
}
