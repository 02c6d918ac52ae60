import { describe, expect, it } from 'vitest';
import { orderAreas } from '../../../src/domain/disaster-areas.ts';

describe('orderAreas', () => {
  it('offers every municipality on the tablet, own areas first, and an own area with no case yet', () => {
    const local = [{ code: '142051', cases: 4 }, { code: '142018', cases: 412 }, { code: '142042', cases: 5 }];
    expect(orderAreas(local, ['142018', '142107'])).toEqual([
      { code: '142018', cases: 412 }, { code: '142107', cases: 0 }, { code: '142042', cases: 5 }, { code: '142051', cases: 4 },
    ]);
  });
});
