import { isValidMunicipalityCode } from '../../schema/municipality-code.ts';
import { at } from './admin-messages.ts';

/**
 * The codes typed in an 担当地域 field. A Japanese keyboard gives 「、」「，」, full-width digits and spaces as
 * readily as ASCII commas; each is read as the separator or digit it means (NFKC).
 */
export const splitAreas = (text: string): string[] =>
  text.normalize('NFKC').split(/[,、\s]+/).map((code) => code.trim()).filter(Boolean);

/** The first code that is not a 全国地方公共団体コード, named with the field, or null when all are. */
export function findAreaProblem(codes: readonly string[]): string | null {
  for (const code of codes) {
    if (code === '*') continue;
    if (!/^\d{6}$/.test(code)) return at('areas.notCode', { code });
    if (!isValidMunicipalityCode(code)) return at('areas.checkDigit', { code });
  }
  return null;
}

/** 「三浦市」「すべての地域」: what the codes mean, shown under the field as the administrator types. */
export const describeAreas = (codes: readonly string[], nameOf: (code: string) => string): string =>
  codes.map((code) => (code === '*' ? at('areas.all') : nameOf(code))).join('・');
