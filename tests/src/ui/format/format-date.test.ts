import { describe, expect, it } from 'vitest';
import { formatDateEn, formatDateTime } from '../../../../src/ui/format/format-date.ts';

describe('formatDateEn', () => {
  it('writes a date the English way, without the Japanese era', () => {
    expect(formatDateEn('2026-09-21')).toBe('21 Sep 2026');
    expect(formatDateEn('2019-05-01')).toBe('1 May 2019');
    expect(formatDateEn('2026-12-03T10:00:00Z')).toBe('3 Dec 2026');
  });
});

describe('formatDateTime', () => {
  it('writes a moment with the date as the app writes dates, and the local time', () => {
    const at = new Date(2026, 10, 27, 10, 5).getTime();
    expect(formatDateTime(`${at}:0003:device-1`)).toBe('2026年11月27日（令和8年） 10:05');
    expect(formatDateTime(new Date(2026, 0, 5, 9, 0).toISOString())).toBe('2026年1月5日（令和8年） 09:00');
    expect(formatDateTime('not a time')).toBe('not a time');
  });
});
