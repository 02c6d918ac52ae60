import { beforeAll, describe, expect, it } from 'vitest';
import { careItemName, loadEnglishCareNames } from '../../../../src/ui/format/care-labels.ts';

describe('careItemName', () => {
  beforeAll(loadEnglishCareNames);

  it('names a care item for the list filter in English with the Japanese term beside it', () => {
    expect(careItemName(1, 'en')).toBe('Ventilator management (人工呼吸器の管理)');
    expect(careItemName(14, 'en')).toBe('Seizure care (痙攣時の処置)');
  });

  it('keeps the Japanese name in Japanese', () => {
    expect(careItemName(5, 'ja')).toBe('吸引（口鼻腔・気管内吸引）');
  });
});
