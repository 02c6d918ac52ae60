import { describe, expect, it } from 'vitest';
import { bandOf, isGradedByWatch, scoreCareItems } from '../../../src/domain/care-score.ts';
import { CareSelectionSchema, type CareSelection } from '../../../src/schema/care-items.ts';

const pick = (raw: object): CareSelection => CareSelectionSchema.parse(raw);

describe('scoreCareItems', () => {
  it('adds base and 見守り scores', () => {
    const score = scoreCareItems([pick({ option: 'oxygen', watch: 'high' }), pick({ option: 'nebulizer' })]);
    expect(score.total).toBe(8 + 1 + 3);
    expect(score.band).toBe(3);
  });

  it('scores 人工呼吸器 with three 見守り levels', () => {
    expect(scoreCareItems([pick({ option: 'ventilator', watch: 'high' })]).total).toBe(12);
    expect(scoreCareItems([pick({ option: 'ventilator', watch: 'mid' })]).total).toBe(11);
    expect(scoreCareItems([pick({ option: 'ventilator', watch: 'low' })]).total).toBe(10);
  });

  it('adds no 気管切開 見守り when 人工呼吸器 also applies', () => {
    const alone = scoreCareItems([pick({ option: 'tracheostomy', watch: 'high' })]);
    const withVentilator = scoreCareItems([pick({ option: 'ventilator', watch: 'high' }), pick({ option: 'tracheostomy', watch: 'high' })]);
    expect(alone.total).toBe(10);
    expect(withVentilator.total).toBe(12 + 8);
  });

  it('counts alternative tube-feeding routes once, the higher one', () => {
    const score = scoreCareItems([
      pick({ option: 'tube-gastric', watch: 'high' }),
      pick({ option: 'tube-intestinal', watch: 'low' }),
      pick({ option: 'tube-pump', watch: 'high' }),
    ]);
    expect(score.total).toBe(10 + 4);
    expect(score.byItem[7]).toBe(14);
  });

  it('reaches the >=32 band for a ventilated, tracheostomised, suctioned, tube-fed child', () => {
    const score = scoreCareItems([
      pick({ option: 'ventilator', watch: 'high' }),
      pick({ option: 'tracheostomy' }),
      pick({ option: 'suction', watch: 'high', details: ['oral', 'tracheal'] }),
      pick({ option: 'tube-gastric', watch: 'high', details: ['gastrostomy'] }),
    ]);
    expect(score.total).toBe(12 + 8 + 9 + 10);
    expect(score.band).toBe(32);
    expect(score.specifiedActs.sort()).toEqual(['gastrostomy-feeding', 'oral-suction', 'tracheal-suction']);
  });

  it('places totals in the bands at their thresholds', () => {
    expect([0, 2, 3, 15, 16, 31, 32, 60].map(bandOf)).toEqual([0, 0, 3, 3, 16, 16, 32, 32]);
  });
});

describe('isGradedByWatch', () => {
  it('is true only for options the table grades by 見守り', () => {
    expect(isGradedByWatch('catheter-continuous')).toBe(true);
    expect(isGradedByWatch('nebulizer')).toBe(false);
    expect(isGradedByWatch('catheter-intermittent')).toBe(false);
  });
});
