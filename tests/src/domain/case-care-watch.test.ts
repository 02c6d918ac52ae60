import { describe, expect, it } from 'vitest';
import { isWatchCounted, scoreCareItems } from '../../../src/domain/care-score.ts';
import { CareSelectionSchema, type CareSelection } from '../../../src/schema/care-items.ts';

const pick = (raw: object): CareSelection => CareSelectionSchema.parse(raw);

describe('isWatchCounted', () => {
  it('says a 気管切開 見守り does not count beside a ventilator, as the score leaves it out', () => {
    const both = [pick({ option: 'ventilator', watch: 'low' }), pick({ option: 'tracheostomy', watch: 'high' })];
    expect(isWatchCounted('tracheostomy', both)).toBe(false);
    expect(scoreCareItems(both).total).toBe(10 + 8);
  });

  it('counts 見守り everywhere else, 気管切開 alone included', () => {
    const alone = [pick({ option: 'tracheostomy', watch: 'high' })];
    expect(isWatchCounted('tracheostomy', alone)).toBe(true);
    expect(scoreCareItems(alone).total).toBe(10);
    expect(isWatchCounted('ventilator', [pick({ option: 'ventilator' }), pick({ option: 'tracheostomy' })])).toBe(true);
  });
});
