import { describe, expect, it } from 'vitest';
import type { FieldStamp } from '../../../src/domain/merge.ts';
import { decodeStamps, encodeStamps } from '../../../server/store/field-stamps.ts';

const created: FieldStamp = { rev: 7, at: '1780000000000:0000:tablet-a', by: '横須賀 花子', mutationId: 'm-1', clientId: 'tablet-a' };
const edited: FieldStamp = { rev: 9, at: '1780000000500:0001:tablet-b', by: '三浦 一郎', mutationId: 'm-2' };

describe('encodeStamps and decodeStamps', () => {
  it('read back every field with its own stamp', () => {
    const stamps = { name: created, phone: edited, school: created, deleted: edited };
    expect(decodeStamps(encodeStamps(stamps))).toEqual(stamps);
  });

  it('store a stamp shared by many fields once', () => {
    const fields = Array.from({ length: 40 }, (_, i) => `field${i}`);
    const shared = Object.fromEntries(fields.map((field) => [field, created]));
    const text = encodeStamps(shared);
    expect(text.split('tablet-a').length - 1).toBe(2);
    expect(text.length).toBeLessThan(JSON.stringify(shared).length / 5);
  });

  it('read stamps stored before, one object per field', () => {
    const stamps = { name: created, phone: edited };
    expect(decodeStamps(JSON.stringify(stamps))).toEqual(stamps);
  });

  it('read no stamps as none', () => {
    expect(decodeStamps(encodeStamps({}))).toEqual({});
  });
});
