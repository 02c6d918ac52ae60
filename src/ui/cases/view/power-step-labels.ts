import { bilingualLabels } from '../../format/bilingual-labels.ts';
import type { PowerStep } from '../../../schema/case-parts.ts';

const JA: Record<PowerStep['kind'], string> = {
  'external-battery': '機器専用の外部バッテリー',
  'storage-battery': '市販の蓄電池',
  car: '車から給電',
  generator: '発電機',
  other: 'その他',
};

const EN: Record<PowerStep['kind'], string> = {
  'external-battery': 'External battery for the device', 'storage-battery': 'Portable power station', car: 'Power from a car',
  generator: 'Generator', other: 'Other',
};

/** The power plan's steps as coordinators say them (in English with the Japanese beside it). */
export const POWER_STEP_LABELS = bilingualLabels(JA, EN);
