import { describe, expect, it } from 'vitest';
import { careList } from '../../../../src/ui/resources/resource-labels.ts';

describe('careList', () => {
  it('lists a resource’s care items in the care-score table’s order, whatever order they were stored in', () => {
    expect(careList(['oxygen', 'tracheostomy', 'suction', 'ventilator'])).toBe(careList(['ventilator', 'tracheostomy', 'oxygen', 'suction']));
    expect(careList(['suction', 'ventilator']).startsWith('呼吸器')).toBe(true);
    expect(careList([])).toBe('');
  });
});
