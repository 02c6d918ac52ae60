// The Yokosuka–Miura area: real municipality codes and town names; every 丁目・番地 below is made up.

export type DemoMunicipality = {
  code: string;
  name: string;
  /** Share of the area's children, roughly by population. */
  weight: number;
  postcodePrefix: readonly string[];
  towns: readonly string[];
  neighbours: readonly string[];
};

export const YOKOSUKA = '142018';
export const KAMAKURA = '142042';
export const ZUSHI = '142085';
export const MIURA = '142107';
export const HAYAMA = '143014';

export const DEMO_MUNICIPALITIES: readonly DemoMunicipality[] = [
  {
    code: YOKOSUKA, name: '横須賀市', weight: 52, postcodePrefix: ['238', '239', '237'],
    towns: ['米が浜通', '汐入町', '追浜本町', '久里浜', '衣笠栄町', '長沢', '佐原', '浦賀', '森崎', '公郷町', '船越町', '大津町'],
    neighbours: [MIURA, ZUSHI, HAYAMA],
  },
  {
    code: KAMAKURA, name: '鎌倉市', weight: 22, postcodePrefix: ['247', '248'],
    towns: ['大船', '腰越', '材木座', '由比ガ浜', '山ノ内', '梶原', '岩瀬', '今泉台', '玉縄', '七里ガ浜東'],
    neighbours: [ZUSHI, YOKOSUKA],
  },
  {
    code: ZUSHI, name: '逗子市', weight: 11, postcodePrefix: ['249'],
    towns: ['逗子', '桜山', '山の根', '沼間', '池子', '新宿', '小坪'],
    neighbours: [KAMAKURA, HAYAMA, YOKOSUKA],
  },
  {
    code: MIURA, name: '三浦市', weight: 8, postcodePrefix: ['238'],
    towns: ['三崎町', '初声町下宮田', '南下浦町上宮田', '南下浦町菊名', '城山町', '晴海町'],
    neighbours: [YOKOSUKA],
  },
  {
    code: HAYAMA, name: '葉山町', weight: 7, postcodePrefix: ['240'],
    towns: ['一色', '堀内', '長柄', '上山口', '下山口'],
    neighbours: [ZUSHI, YOKOSUKA],
  },
];

export const DEMO_CODES: readonly string[] = DEMO_MUNICIPALITIES.map((m) => m.code);
