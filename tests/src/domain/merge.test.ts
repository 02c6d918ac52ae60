import { describe, expect, it } from 'vitest';
import { decideField, isLaterWrite, isSameJson, type FieldStamp } from '../../../src/domain/merge.ts';

const stamp = (rev: number, at: string, mutationId = 'm', clientId?: string): FieldStamp => ({ rev, at, by: '試験', mutationId, ...(clientId ? { clientId } : {}) });

describe('isLaterWrite', () => {
  it('orders by stamp, then by mutation id on a tie', () => {
    expect(isLaterWrite({ at: '2', mutationId: 'a' }, { at: '1', mutationId: 'z' })).toBe(true);
    expect(isLaterWrite({ at: '1', mutationId: 'b' }, { at: '1', mutationId: 'a' })).toBe(true);
    expect(isLaterWrite({ at: '1', mutationId: 'a' }, { at: '1', mutationId: 'b' })).toBe(false);
  });
});

describe('isSameJson', () => {
  it('ignores key order but not array order', () => {
    expect(isSameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(isSameJson([1, 2], [2, 1])).toBe(false);
    expect(isSameJson({ a: null }, {})).toBe(false);
  });
});

describe('decideField', () => {
  const base = { stored: 'old', incoming: 'new', incomingOrder: { at: '5', mutationId: 'x', clientId: 'tab-a' } };

  it('takes a value nobody else changed since the writer saw the record', () => {
    expect(decideField({ ...base, storedStamp: stamp(3, '1'), baseRev: 3 })).toBe('take');
  });

  it('sees an equal value as no change, even when concurrent', () => {
    expect(decideField({ ...base, incoming: 'old', storedStamp: stamp(9, '9'), baseRev: 3 })).toBe('same');
  });

  it('reports a concurrent edit and which side wins', () => {
    expect(decideField({ ...base, storedStamp: stamp(9, '4'), baseRev: 3 })).toBe('conflict-take');
    expect(decideField({ ...base, storedStamp: stamp(9, '6'), baseRev: 3 })).toBe('conflict-keep');
    expect(decideField({ ...base, storedStamp: stamp(9, '4'), baseRev: null })).toBe('conflict-take');
  });

  it('lets a device replace its own earlier edit without a conflict', () => {
    expect(decideField({ ...base, storedStamp: stamp(9, '4', 'm', 'tab-a'), baseRev: 3 })).toBe('take');
  });

  it('stamps an asserted value equal to the stored one anew, keeping the later stamp when concurrent', () => {
    const asserted = { ...base, incoming: 'old', isAsserted: true };
    expect(decideField({ ...asserted, storedStamp: stamp(3, '1'), baseRev: 3 })).toBe('take');
    expect(decideField({ ...asserted, storedStamp: stamp(9, '4'), baseRev: 3 })).toBe('take');
    expect(decideField({ ...asserted, storedStamp: stamp(9, '6'), baseRev: 3 })).toBe('same');
  });

  it('decides an asserted value that differs from the stored one by the usual rules', () => {
    expect(decideField({ ...base, isAsserted: true, storedStamp: stamp(3, '1'), baseRev: 3 })).toBe('take');
    expect(decideField({ ...base, isAsserted: true, storedStamp: stamp(9, '4'), baseRev: 3 })).toBe('conflict-take');
    expect(decideField({ ...base, isAsserted: true, storedStamp: stamp(9, '6'), baseRev: 3 })).toBe('conflict-keep');
  });
});
