// 医療的ケア判定スコア (FY2021 fee revision, MHLW 000763142.pdf p.113): 14 items, their sub-options,
// base scores and 見守りスコア. Plain data without zod, so screens that only show labels stay light.

export const WATCH_LEVELS = ['high', 'mid', 'low'] as const;
export type WatchLevel = (typeof WATCH_LEVELS)[number];

/** The five 特定行為 that trained non-nurses may perform (社会福祉士及び介護福祉士法). */
export const SPECIFIED_ACTS = {
  'oral-suction': '口腔内吸引',
  'nasal-suction': '鼻腔内吸引',
  'tracheal-suction': '気管カニューレ内吸引',
  'nasogastric-feeding': '経鼻経管栄養',
  'gastrostomy-feeding': '胃瘻・腸瘻による経管栄養',
} as const;
export type SpecifiedAct = keyof typeof SPECIFIED_ACTS;

export const CARE_ITEM_LABELS = {
  1: '人工呼吸器の管理',
  2: '気管切開の管理',
  3: '鼻咽頭エアウェイの管理',
  4: '酸素療法',
  5: '吸引（口鼻腔・気管内吸引）',
  6: 'ネブライザーの管理',
  7: '経管栄養',
  8: '中心静脈カテーテルの管理',
  9: 'その他の注射管理',
  10: '血糖測定',
  11: '継続的な透析',
  12: '導尿',
  13: '排便管理',
  14: '痙攣時の処置',
} as const;
export type CareItemNumber = keyof typeof CARE_ITEM_LABELS;

export type CareDetail = { code: string; label: string; act?: SpecifiedAct };
export type OptionDef = {
  item: CareItemNumber;
  label: string;
  short: string;
  score: number;
  watch: Partial<Record<WatchLevel, number>>;
  /** Options sharing a group are alternatives: only the highest scores. */
  group?: string;
  details?: readonly CareDetail[];
};

export const CARE_OPTIONS = {
  ventilator: { item: 1, label: '人工呼吸器（鼻マスク式補助換気・ハイフロー・排痰補助装置を含む）', short: '呼吸器', score: 10, watch: { high: 2, mid: 1, low: 0 } },
  tracheostomy: { item: 2, label: '気管切開', short: '気切', score: 8, watch: { high: 2, low: 0 } },
  airway: { item: 3, label: '鼻咽頭エアウェイ', short: 'エアウェイ', score: 5, watch: { high: 1, low: 0 } },
  oxygen: { item: 4, label: '酸素療法', short: '酸素', score: 8, watch: { high: 1, low: 0 } },
  suction: {
    item: 5, label: '吸引（口鼻腔・気管内）', short: '吸引', score: 8, watch: { high: 1, low: 0 },
    details: [
      { code: 'oral', label: '口腔内', act: 'oral-suction' },
      { code: 'nasal', label: '鼻腔内', act: 'nasal-suction' },
      { code: 'tracheal', label: '気管カニューレ内', act: 'tracheal-suction' },
    ],
  },
  nebulizer: { item: 6, label: 'ネブライザー', short: 'ネブ', score: 3, watch: {} },
  'tube-gastric': {
    item: 7, label: '経管栄養（経鼻胃管・胃瘻）', short: '経管', score: 8, watch: { high: 2, low: 0 }, group: 'tube-route',
    details: [
      { code: 'nasogastric', label: '経鼻胃管', act: 'nasogastric-feeding' },
      { code: 'gastrostomy', label: '胃瘻', act: 'gastrostomy-feeding' },
    ],
  },
  'tube-intestinal': {
    item: 7, label: '経管栄養（経鼻腸管・経胃瘻腸管・腸瘻・食道瘻）', short: '経管(腸)', score: 8, watch: { high: 2, low: 0 }, group: 'tube-route',
    details: [
      { code: 'nasointestinal', label: '経鼻腸管' },
      { code: 'transgastric', label: '経胃瘻腸管', act: 'gastrostomy-feeding' },
      { code: 'jejunostomy', label: '腸瘻', act: 'gastrostomy-feeding' },
      { code: 'esophagostomy', label: '食道瘻' },
    ],
  },
  'tube-pump': { item: 7, label: '持続経管注入ポンプ使用', short: '注入ポンプ', score: 3, watch: { high: 1, low: 0 } },
  cvc: { item: 8, label: '中心静脈カテーテル', short: 'CV', score: 8, watch: { high: 2, low: 0 } },
  'injection-sc': { item: 9, label: '皮下注射', short: '皮下注', score: 5, watch: { high: 1, low: 0 } },
  'injection-pump': { item: 9, label: '持続皮下注射ポンプ使用', short: '皮下注ポンプ', score: 3, watch: { high: 1, low: 0 } },
  glucose: { item: 10, label: '血糖測定（持続血糖測定器を含む）', short: '血糖', score: 3, watch: { high: 1, low: 0 } },
  dialysis: { item: 11, label: '継続的な透析（血液透析・腹膜透析）', short: '透析', score: 8, watch: { high: 2, low: 0 } },
  'catheter-intermittent': { item: 12, label: '間欠的導尿', short: '導尿', score: 5, watch: {}, group: 'catheter' },
  'catheter-continuous': { item: 12, label: '持続的導尿（留置カテーテル・膀胱瘻・腎瘻・尿路ストーマ）', short: '留置導尿', score: 3, watch: { high: 1, low: 0 }, group: 'catheter' },
  stoma: { item: 13, label: '消化管ストーマ', short: 'ストーマ', score: 5, watch: { high: 1, low: 0 } },
  disimpaction: { item: 13, label: '摘便・洗腸', short: '摘便', score: 5, watch: {} },
  enema: { item: 13, label: '浣腸', short: '浣腸', score: 3, watch: {} },
  seizure: { item: 14, label: '痙攣時の処置（座薬・吸引・酸素・迷走神経刺激装置）', short: '痙攣', score: 3, watch: { high: 2, low: 0 } },
} as const satisfies Record<string, OptionDef>;

export type CareOptionCode = keyof typeof CARE_OPTIONS;
export const CARE_OPTION_CODES = Object.keys(CARE_OPTIONS) as [CareOptionCode, ...CareOptionCode[]];

export function getCareOption(code: CareOptionCode): OptionDef {
  return CARE_OPTIONS[code];
}
