import Encoding from 'encoding-japanese';

// Prefecture staff exchange lists as Excel-made CSV: Shift_JIS (Excel's "CSV") or UTF-8 with a BOM
// (Excel's "CSV UTF-8"). Both are read; both are written.

export type CsvEncoding = 'utf-8' | 'shift_jis';

const BOM = [0xef, 0xbb, 0xbf] as const;

const hasBom = (bytes: Uint8Array) => bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];

/**
 * Decodes CSV bytes: a UTF-8 BOM means UTF-8; otherwise valid UTF-8 is taken as UTF-8 and anything else as
 * Shift_JIS (CP932, as Excel writes it).
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding; hadBom: boolean } {
  if (hasBom(bytes)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', hadBom: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', hadBom: false };
  } catch {
    const text = Encoding.convert(bytes, { to: 'UNICODE', from: 'SJIS', type: 'string' });
    return { text, encoding: 'shift_jis', hadBom: false };
  }
}

/** Encodes CSV text for Excel: UTF-8 with a BOM (so Excel knows it), or Shift_JIS (CP932). */
export function encodeCsvText(text: string, encoding: CsvEncoding): Uint8Array {
  if (encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    const out = new Uint8Array(body.length + 3);
    out.set(BOM, 0);
    out.set(body, 3);
    return out;
  }
  return Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));
}
