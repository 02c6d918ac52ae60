import type { DEVICE_TYPES } from '../../../schema/case.ts';

/** Device names as coordinators say them. */
export const DEVICE_LABELS: Record<(typeof DEVICE_TYPES)[number], string> = {
  ventilator: '人工呼吸器',
  'oxygen-concentrator': '酸素濃縮装置',
  suction: '吸引器',
  'feeding-pump': '経管栄養ポンプ',
  apd: '自動腹膜透析装置（APD）',
  'pulse-oximeter': 'パルスオキシメーター',
  monitor: 'モニター',
  nebulizer: 'ネブライザー',
  'cough-assist': '排痰補助装置',
  'infusion-pump': '輸液ポンプ',
  other: 'その他',
};
