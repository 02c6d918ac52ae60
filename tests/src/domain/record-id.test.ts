import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { newRecordId } from '../../../src/domain/record-id.ts';

const timeOf = (id: string) => Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);

describe('newRecordId', () => {
  it('is a UUID version 7 the protocol schemas accept', () => {
    const id = newRecordId();
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('holds the millisecond it was made in its first 48 bits', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), (now) => timeOf(newRecordId(now)) === now));
    const before = Date.now();
    const made = timeOf(newRecordId());
    expect(made).toBeGreaterThanOrEqual(before);
    expect(made).toBeLessThanOrEqual(Date.now());
  });

  it('sorts ids of a later millisecond after those of an earlier one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 2 }), fc.integer({ min: 1, max: 2 ** 20 }), (earlier, gap) => {
        const later = Math.min(earlier + gap, 2 ** 48 - 1);
        return newRecordId(earlier) < newRecordId(later);
      }),
    );
  });

  it('never repeats, within one millisecond too', () => {
    const ids = Array.from({ length: 20_000 }, () => newRecordId(1_790_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
