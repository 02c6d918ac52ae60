import { describe, expect, it } from 'vitest';
import { ageBandOf, isInHighSchool, isReaching18Within2Years } from '../../../src/domain/age-bands.ts';

describe('ageBandOf', () => {
  it('moves a child into the next band on the birthday itself, not the day before', () => {
    expect(ageBandOf('2025-05-10', '', '2026-05-09')).toBe('0');
    expect(ageBandOf('2025-05-10', '', '2026-05-10')).toBe('1-2');
    expect(ageBandOf('2023-05-10', '', '2026-05-09')).toBe('1-2');
    expect(ageBandOf('2023-05-10', '', '2026-05-10')).toBe('3-5');
    expect(ageBandOf('2020-05-10', '', '2026-05-09')).toBe('3-5');
    expect(ageBandOf('2020-05-10', '', '2026-05-10')).toBe('6-11');
    expect(ageBandOf('2014-05-10', '', '2026-05-10')).toBe('12-14');
    expect(ageBandOf('2011-05-10', '', '2026-05-09')).toBe('12-14');
    expect(ageBandOf('2011-05-10', '', '2026-05-10')).toBe('15-17');
  });

  it('counts an 18-year-old only while in high school', () => {
    const school = '県立みなと特別支援学校高等部';
    expect(ageBandOf('2008-05-10', '', '2026-05-09')).toBe('15-17');
    expect(ageBandOf('2008-05-10', '', '2026-05-10')).toBeNull();
    expect(ageBandOf('2008-05-10', school, '2026-05-10')).toBe('18+');
    expect(ageBandOf('2008-05-10', '市立高校 定時制', '2026-05-10')).toBe('18+');
    expect(ageBandOf('2008-05-10', '特別支援学校 専攻科', '2026-05-10')).toBeNull();
  });

  it('treats a 29 February birthday as reached on 1 March in common years', () => {
    expect(ageBandOf('2008-02-29', '', '2026-02-28')).toBe('15-17');
    expect(ageBandOf('2008-02-29', '', '2026-03-01')).toBeNull();
  });
});

describe('isInHighSchool', () => {
  it('reads 高等部, 高校 and 特別支援学校 as high school and 卒業 or 大学 as not', () => {
    expect(isInHighSchool('県立よこすか支援学校高等部')).toBe(true);
    expect(isInHighSchool('県立三浦特別支援学校')).toBe(true);
    expect(isInHighSchool('私立海浜高等学校')).toBe(true);
    expect(isInHighSchool('')).toBe(false);
    expect(isInHighSchool('生活介護事業所')).toBe(false);
    expect(isInHighSchool('特別支援学校高等部 卒業')).toBe(false);
    expect(isInHighSchool('県立保健福祉大学')).toBe(false);
  });
});

describe('isReaching18Within2Years', () => {
  it('includes children whose 18th birthday is within two years and no one already 18', () => {
    expect(isReaching18Within2Years('2010-05-11', '2026-05-10')).toBe(false); // 18th birthday 2028-05-11
    expect(isReaching18Within2Years('2010-05-10', '2026-05-10')).toBe(true); // 18th birthday 2028-05-10
    expect(isReaching18Within2Years('2008-05-11', '2026-05-10')).toBe(true);
    expect(isReaching18Within2Years('2008-05-10', '2026-05-10')).toBe(false);
  });
});
