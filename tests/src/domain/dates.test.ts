import { describe, expect, it } from 'vitest';
import { ageOn, formatDateJa, formatWareki } from '../../../src/domain/dates.ts';

describe('dates', () => {
  it('turns a year older on the birthday itself', () => {
    expect(ageOn('2008-04-02', '2026-04-01')).toBe(17);
    expect(ageOn('2008-04-02', '2026-04-02')).toBe(18);
  });

  it('writes 和暦 with 元年', () => {
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(formatDateJa('2020-02-29')).toBe('2020年2月29日（令和2年）');
  });
});
