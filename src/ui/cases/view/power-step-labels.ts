import type { PowerStep } from '../../../schema/case-parts.ts';

/** The power plan's steps as coordinators say them. */
export const POWER_STEP_LABELS: Record<PowerStep['kind'], string> = {
  'external-battery': '機器専用の外部バッテリー',
  'storage-battery': '市販の蓄電池',
  car: '車から給電',
  generator: '発電機',
  other: 'その他',
};
