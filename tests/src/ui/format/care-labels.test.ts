import { beforeAll, describe, expect, it } from 'vitest';
import { careChip, careChips, careDetail, loadEnglishCareNames, specifiedActs } from '../../../../src/ui/format/care-labels.ts';

describe('care labels in either language', () => {
  // The English names load with the English catalogue (setLanguage('en')); until then they read in Japanese.
  beforeAll(async () => {
    expect(careChip('oxygen', 'en')).toBe('酸素');
    await loadEnglishCareNames();
  });

  it('names the case-list chips and the disaster card summary in English, Japanese unchanged', () => {
    expect(careChip('oxygen', 'ja')).toBe('酸素');
    expect(careChip('oxygen', 'en')).toBe('Oxygen');
    expect(careChip('seizure', 'en')).toBe('Seizure care');
    expect(careChips(['ventilator', 'tracheostomy', 'oxygen', 'suction'], 'ja')).toBe('呼吸器・気切・酸素・吸引');
    expect(careChips(['ventilator', 'tracheostomy', 'oxygen', 'suction'], 'en')).toBe('Ventilator, Tracheostomy, Oxygen, Suction');
  });

  it('names the 内訳 and the 特定行為 in English', () => {
    expect(careDetail('suction', 'oral', 'ja')).toBe('口腔内');
    expect(careDetail('suction', 'tracheal', 'en')).toBe('Tracheostomy tube');
    expect(careDetail('tube-intestinal', 'nasointestinal', 'en')).toBe('Nasointestinal tube');
    expect(careDetail('tube-intestinal', 'jejunostomy', 'en')).toBe('Jejunostomy');
    expect(careDetail('suction', 'unknown', 'en')).toBe('unknown');
    expect(specifiedActs(['oral-suction', 'tracheal-suction'], 'ja')).toBe('口腔内吸引、気管カニューレ内吸引');
    expect(specifiedActs(['oral-suction', 'tracheal-suction'], 'en')).toBe('Oral suction, Tracheostomy tube suction');
  });
});
