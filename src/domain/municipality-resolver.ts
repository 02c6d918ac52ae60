import { isValidMunicipalityCode } from '../schema/municipality-code.ts';
import { fail, normalize, ok } from './csv-values.ts';
import type { ResolveMunicipality } from './resource-csv-columns.ts';

type Named = { code: string; name: string; prefecture: string };

/**
 * Reads a municipality as people write it in a list: 142018, 横須賀市 or 神奈川県横須賀市. A bare name shared
 * by several municipalities (府中市, 緑区 …) is refused with a request for the code, never guessed.
 */
export function createMunicipalityResolver(list: readonly Named[]): ResolveMunicipality {
  const byCode = new Map(list.map((m) => [m.code, m]));
  const byName = new Map<string, string[]>();
  for (const m of list) {
    for (const key of [normalize(m.name), normalize(m.prefecture + m.name)]) {
      byName.set(key, [...(byName.get(key) ?? []), m.code]);
    }
  }
  return (text) => {
    const key = normalize(text);
    if (/^\d{6}$/.test(key)) {
      if (!isValidMunicipalityCode(key)) return fail(`全国地方公共団体コードの検査数字が正しくありません（${text}）`);
      return byCode.has(key) ? ok(key) : fail(`存在しない市区町村コードです（${text}）`);
    }
    const codes = byName.get(key) ?? [];
    if (codes.length === 1) return ok(codes[0]!);
    if (codes.length > 1) return fail(`同じ名前の市区町村が複数あります。都道府県名を付けるかコードで入力してください（${text}）`);
    return fail(`市区町村が分かりません（${text}）`);
  };
}
