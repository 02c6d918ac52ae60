import { describe, expect, it } from 'vitest';
import { matchesTerms, toSearchTerms } from '../../../src/domain/search-query.ts';
import { matchesQuery, normalizeForSearch } from '../../../src/domain/search-text.ts';

describe('toSearchTerms and matchesTerms', () => {
  const haystack = normalizeForSearch('架空 花子 カクウ ハナコ 横須賀市 142018');

  it('splits on ASCII and ideographic spaces and folds width and katakana', () => {
    expect(toSearchTerms(' ｶｸｳ　横須賀 ')).toEqual(['かくう', '横須賀']);
  });

  it('agrees with matchesQuery', () => {
    for (const query of ['', 'はなこ', 'ハナコ 横須賀', '花子 三浦', '１４２０１８', 'x']) {
      expect(matchesTerms(haystack, toSearchTerms(query))).toBe(matchesQuery(haystack, query));
    }
  });
});
