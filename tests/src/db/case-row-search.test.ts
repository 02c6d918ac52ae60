import { describe, expect, it } from 'vitest';
import { summarizeCaseRow, toCaseRow } from '../../../src/db/case-rows.ts';
import { matchesTerms, toSearchTerms } from '../../../src/domain/search-query.ts';
import { makeCase } from '../../fixtures/records.ts';

const nameOf = (code: string) => (code === '142018' ? '横須賀市' : code);
const finds = (haystack: string, query: string) => matchesTerms(haystack, toSearchTerms(query));

describe('the case list search', () => {
  it('finds a child by the town or street of the address, in kanji or with full-width digits', () => {
    const row = toCaseRow(makeCase({ municipalityCode: '142018', address: '神奈川県横須賀市大津町3-12-5' }));
    const { haystack } = summarizeCaseRow(row, nameOf);
    expect(finds(haystack, '大津町')).toBe(true);
    expect(finds(haystack, '大津　３－１２')).toBe(true);
    expect(finds(haystack, '久里浜')).toBe(false);
  });

  it('finds a child by a guardian name, a phone (with or without hyphens) or the postcode', () => {
    const row = toCaseRow(makeCase({
      municipalityCode: '142018', phone: '046-811-0000', postcode: '239-0808',
      guardians: [{ name: '架空 良子', relation: '母', phone: '090-1234-5678' }],
    }));
    const { haystack } = summarizeCaseRow(row, nameOf);
    expect(finds(haystack, '良子')).toBe(true);
    expect(finds(haystack, '090-1234')).toBe(true);
    expect(finds(haystack, '09012345678')).toBe(true);
    expect(finds(haystack, '０４６８１１')).toBe(true);
    expect(finds(haystack, '2390808')).toBe(true);
    expect(finds(haystack, '080-9999')).toBe(false);
  });

  it('reads a row kept before the address was (no address: name and town still found)', () => {
    const { address: _address, ...older } = toCaseRow(makeCase({ name: '架空 花子', municipalityCode: '142018' }));
    const { haystack } = summarizeCaseRow(older, nameOf);
    expect(finds(haystack, '花子 横須賀')).toBe(true);
  });
});
