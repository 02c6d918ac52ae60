import { describe, expect, it } from 'vitest';
import { scoreCareItems } from '../../../src/domain/care-score.ts';
import { CareSelectionListSchema } from '../../../src/schema/care-items.ts';

const score = (list: unknown) => scoreCareItems(CareSelectionListSchema.parse(list));

describe('scoreCareItems on known combinations', () => {
  it('scores a ventilated child with tracheostomy, suction and gastrostomy at 37 (band 32)', () => {
    const result = score([
      { option: 'ventilator', watch: 'high' },
      { option: 'tracheostomy', watch: 'high' },
      { option: 'suction', watch: 'high', details: ['oral', 'tracheal'] },
      { option: 'tube-gastric', watch: 'low', details: ['gastrostomy'] },
    ]);
    // 10+2, 8 (no 見守り beside a ventilator), 8+1, 8+0
    expect(result.total).toBe(37);
    expect(result.band).toBe(32);
    expect(result.specifiedActs.sort()).toEqual(['gastrostomy-feeding', 'oral-suction', 'tracheal-suction']);
  });

  it('scores oxygen with high supervision and seizures at 14 (band 3)', () => {
    const result = score([{ option: 'oxygen', watch: 'high' }, { option: 'seizure', watch: 'high' }]);
    expect(result.total).toBe(14);
    expect(result.band).toBe(3);
    expect(result.specifiedActs).toEqual([]);
  });

  it('reaches band 16 exactly at 16', () => {
    const result = score([{ option: 'suction', watch: 'low' }, { option: 'tube-gastric', watch: 'low', details: ['nasogastric'] }]);
    expect(result.total).toBe(16);
    expect(result.band).toBe(16);
  });

  it('is below every band with only a nebulizer', () => {
    expect(score([{ option: 'nebulizer' }])).toMatchObject({ total: 3, band: 3 });
    expect(score([])).toMatchObject({ total: 0, band: 0 });
  });
});
