// The Yokosuka–Miura area: real municipality codes, towns and postcodes (towns.ts); every 番地・号 is made up.
import type { Random } from './prng.ts';
import { HAYAMA_TOWNS, KAMAKURA_TOWNS, MIURA_TOWNS, YOKOSUKA_TOWNS, ZUSHI_TOWNS, type DemoTown, type LatLng } from './towns.ts';

export type DemoMunicipality = {
  code: string;
  name: string;
  /** Share of the area's children, roughly by population. */
  weight: number;
  towns: readonly DemoTown[];
  neighbours: readonly string[];
  /** 市外局番: 046 on the peninsula, 0467 in 鎌倉. */
  phoneArea: '046' | '0467';
};

export const YOKOSUKA = '142018';
export const KAMAKURA = '142042';
export const ZUSHI = '142085';
export const MIURA = '142107';
export const HAYAMA = '143014';

export const DEMO_MUNICIPALITIES: readonly DemoMunicipality[] = [
  { code: YOKOSUKA, name: '横須賀市', weight: 52, towns: YOKOSUKA_TOWNS, neighbours: [MIURA, ZUSHI, HAYAMA], phoneArea: '046' },
  { code: KAMAKURA, name: '鎌倉市', weight: 22, towns: KAMAKURA_TOWNS, neighbours: [ZUSHI, YOKOSUKA], phoneArea: '0467' },
  { code: ZUSHI, name: '逗子市', weight: 11, towns: ZUSHI_TOWNS, neighbours: [KAMAKURA, HAYAMA, YOKOSUKA], phoneArea: '046' },
  { code: MIURA, name: '三浦市', weight: 8, towns: MIURA_TOWNS, neighbours: [YOKOSUKA], phoneArea: '046' },
  { code: HAYAMA, name: '葉山町', weight: 7, towns: HAYAMA_TOWNS, neighbours: [ZUSHI, YOKOSUKA], phoneArea: '046' },
];

export const DEMO_CODES: readonly string[] = DEMO_MUNICIPALITIES.map((m) => m.code);

export function pickMunicipality(random: Random): DemoMunicipality {
  return random.weighted(DEMO_MUNICIPALITIES.map((m) => [m, m.weight] as const));
}

/** A made-up address in a real town: the town, its 丁目 (0 where it has none), the address and the map position. */
export type DemoPlace = { town: DemoTown; chome: number; address: string; lat: number; lng: number };

const METRES_PER_DEGREE = 111_320;

/** A point spread evenly over the disc of `radiusM` around `centre`, rounded to about a metre. */
function spread(random: Random, [lat, lng]: LatLng, radiusM: number): { lat: number; lng: number } {
  const distance = radiusM * Math.sqrt(random.next());
  const angle = 2 * Math.PI * random.next();
  const dLat = (distance * Math.cos(angle)) / METRES_PER_DEGREE;
  const dLng = (distance * Math.sin(angle)) / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  return { lat: Math.round((lat + dLat) * 1e5) / 1e5, lng: Math.round((lng + dLng) * 1e5) / 1e5 };
}

export function pickPlace(random: Random, home: DemoMunicipality): DemoPlace {
  const town = random.pick(home.towns);
  const index = Math.floor(random.next() * town.points.length);
  const number = town.banchi
    ? `${town.name}${random.int(1, town.banchi)}${random.chance(0.5) ? `-${random.int(1, 12)}` : ''}`
    : `${town.name}${index + 1}丁目${random.int(1, 30)}-${random.int(1, 20)}`;
  return { town, chome: town.banchi ? 0 : index + 1, address: `${home.name}${number}`, ...spread(random, town.points[index]!, town.radiusM) };
}

/**
 * A fictitious landline in the municipality's 市外局番. The local part starts with 0, which no exchange has, so
 * no demo number can ring a real one: 046-000-1234, 0467-00-1234.
 */
export function landline(random: Random, home: Pick<DemoMunicipality, 'phoneArea'>): string {
  return `${home.phoneArea}-${home.phoneArea === '046' ? '000' : '00'}-${random.int(1000, 9999)}`;
}

/** A fictitious mobile number: the 0000 block, as the demo has always used. */
export function mobile(random: Random): string {
  return `${random.pick(['090', '080', '070'])}-0000-${random.int(1000, 9999)}`;
}
