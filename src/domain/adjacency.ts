// Which municipalities share a land border: a small hand-made reference table, shipped with the app.
//
// Source and assumption: land borders read off the 国土地理院 地理院地図 for the Yokosuka–Miura area
// (横須賀・三浦 障害保健福祉圏域: 横須賀市, 鎌倉市, 逗子市, 三浦市, 葉山町) and the municipalities that border
// it (横浜市, 藤沢市) plus 藤沢市's own neighbours. Borders across the sea (e.g. Tokyo Bay ferries) do not count.
// Designated cities are one unit: a ward code (横浜市金沢区 141089) is treated as its city (横浜市 141003).
// A municipality not in the table has no neighbours, so matching there stays within serviceArea.
// Extend EDGES when coordinators of another area start using the app; codes are checked by the unit tests.

export const YOKOHAMA = '141003';
const KAWASAKI = '141305';
const SAGAMIHARA = '141500';

const EDGES: readonly (readonly [string, string])[] = [
  ['142018', '142107'], // 横須賀市 – 三浦市
  ['142018', '142085'], // 横須賀市 – 逗子市
  ['142018', '143014'], // 横須賀市 – 葉山町
  ['142018', YOKOHAMA], // 横須賀市 – 横浜市 (金沢区)
  ['142042', '142085'], // 鎌倉市 – 逗子市
  ['142042', '142051'], // 鎌倉市 – 藤沢市
  ['142042', YOKOHAMA], // 鎌倉市 – 横浜市 (金沢区・栄区・戸塚区)
  ['142085', '143014'], // 逗子市 – 葉山町
  ['142085', YOKOHAMA], // 逗子市 – 横浜市 (金沢区)
  ['142051', YOKOHAMA], // 藤沢市 – 横浜市 (戸塚区・泉区)
  ['142051', '142077'], // 藤沢市 – 茅ヶ崎市
  ['142051', '142131'], // 藤沢市 – 大和市
  ['142051', '142182'], // 藤沢市 – 綾瀬市
  ['142051', '142158'], // 藤沢市 – 海老名市
  ['142051', '143219'], // 藤沢市 – 寒川町
  [YOKOHAMA, KAWASAKI],
  [YOKOHAMA, '142131'], // 横浜市 – 大和市
  [YOKOHAMA, '132098'], // 横浜市 – 東京都町田市
];

/** Ward codes of Kanagawa's designated cities (総務省 全国地方公共団体コード), mapped to the city's code. */
const WARDS: Readonly<Record<string, readonly string[]>> = {
  [YOKOHAMA]: ['141011', '141020', '141038', '141046', '141054', '141062', '141071', '141089', '141097',
    '141101', '141119', '141127', '141135', '141143', '141151', '141160', '141178', '141186'],
  [KAWASAKI]: ['141313', '141321', '141330', '141348', '141356', '141364', '141372'],
  [SAGAMIHARA]: ['141518', '141526', '141534'],
};
const CITY_OF_WARD = new Map(Object.entries(WARDS).flatMap(([city, wards]) => wards.map((w) => [w, city] as const)));

const NEIGHBOURS = new Map<string, Set<string>>();
for (const [a, b] of EDGES) {
  (NEIGHBOURS.get(a) ?? NEIGHBOURS.set(a, new Set()).get(a)!).add(b);
  (NEIGHBOURS.get(b) ?? NEIGHBOURS.set(b, new Set()).get(b)!).add(a);
}

/** The code matching works with: a designated city's ward becomes the city. */
export function toCityCode(code: string): string {
  return CITY_OF_WARD.get(code) ?? code;
}

/** Municipalities sharing a land border with `code` (city codes), per the table above. */
export function neighboursOf(code: string): readonly string[] {
  return [...(NEIGHBOURS.get(toCityCode(code)) ?? [])];
}

export function isNeighbour(a: string, b: string): boolean {
  return NEIGHBOURS.get(toCityCode(a))?.has(toCityCode(b)) ?? false;
}

/** Every code in the table, for tests that check their check digits. */
export const ADJACENCY_CODES: readonly string[] = [...new Set([...EDGES.flat(), ...Object.values(WARDS).flat()])];
