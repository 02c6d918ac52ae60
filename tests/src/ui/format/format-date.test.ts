import { describe, expect, it } from 'vitest';
import { formatDateEn } from '../../../../src/ui/format/format-date.ts';

describe('formatDateEn', () => {
  it('writes a date the English way, without the Japanese era', () => {
    expect(formatDateEn('2026-09-21')).toBe('21 Sep 2026');
    expect(formatDateEn('2019-05-01')).toBe('1 May 2019');
    expect(formatDateEn('2026-12-03T10:00:00Z')).toBe('3 Dec 2026');
  });
});
