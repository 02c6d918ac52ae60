import { bilingualLabels } from '../../format/bilingual-labels.ts';
import type { DEVICE_TYPES } from '../../../schema/case.ts';

type DeviceType = (typeof DEVICE_TYPES)[number];

const JA: Record<DeviceType, string> = {
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

const EN: Record<DeviceType, string> = {
  ventilator: 'Ventilator', 'oxygen-concentrator': 'Oxygen concentrator', suction: 'Suction machine', 'feeding-pump': 'Feeding pump',
  apd: 'Automated peritoneal dialysis', 'pulse-oximeter': 'Pulse oximeter', monitor: 'Monitor', nebulizer: 'Nebuliser',
  'cough-assist': 'Cough assist', 'infusion-pump': 'Infusion pump', other: 'Other',
};

/** Device names as coordinators say them (in English with the Japanese name beside it). */
export const DEVICE_LABELS = bilingualLabels(JA, EN);
