import { describe, expect, it } from 'vitest';
import { describeAreas, findAreaProblem, splitAreas } from '../../../../src/ui/admin/area-codes.ts';

describe('splitAreas', () => {
  it('reads 「、」, full-width commas, spaces and full-width digits as a Japanese keyboard types them', () => {
    expect(splitAreas('142018、１４２０４２，142085 142107,  ')).toEqual(['142018', '142042', '142085', '142107']);
    expect(splitAreas('＊')).toEqual(['*']);
  });
});

describe('findAreaProblem', () => {
  it('names the field and the code that is not a municipality code', () => {
    expect(findAreaProblem(['142018', '14210'])).toBe('担当地域: 「14210」は6桁の全国地方公共団体コードではありません（例: 横須賀市 142018）');
    expect(findAreaProblem(['142019'])).toBe('担当地域: 「142019」の検査数字（6桁目）が正しくありません');
    expect(findAreaProblem(['142018', '*'])).toBeNull();
  });
});

describe('describeAreas', () => {
  it('shows what the typed codes mean', () => {
    const names: Record<string, string> = { '142018': '横須賀市', '142107': '三浦市' };
    expect(describeAreas(['142018', '142107'], (code) => names[code] ?? code)).toBe('横須賀市・三浦市');
    expect(describeAreas(['*'], (code) => code)).toBe('すべての地域');
  });
});
