import { describe, expect, it } from 'vitest';
import { findLikelyDuplicates, normalizeAddress } from '../../../src/domain/duplicates.ts';

const existing = [
  { id: 'a', name: '架空 花子', nameKana: 'かくう はなこ', birthDate: '2019-05-01', address: '横須賀市本町1丁目2番3号' },
  { id: 'b', name: '見本 太郎', nameKana: 'みほん たろう', birthDate: '2016-01-10', address: '' },
];

describe('findLikelyDuplicates', () => {
  it('finds the same kana and birth date, whatever the width, script or spacing of the kana', () => {
    const matches = findLikelyDuplicates({ name: '架空 華子', nameKana: 'カクウハナコ', birthDate: '2019-05-01', address: '' }, existing);
    expect(matches.map((m) => [m.record.id, m.reasons])).toEqual([['a', ['kana-and-birth-date']]]);
  });

  it('finds the same name and address written differently', () => {
    const matches = findLikelyDuplicates({ name: '架空　花子', nameKana: 'かくう かこ', birthDate: '2019-06-01', address: '横須賀市本町１－２－３' }, existing);
    expect(matches.map((m) => [m.record.id, m.reasons])).toEqual([['a', ['name-and-address']]]);
  });

  it('gives both reasons when both hold', () => {
    const matches = findLikelyDuplicates({ ...existing[0]!, id: undefined }, existing);
    expect(matches[0]?.reasons).toEqual(['kana-and-birth-date', 'name-and-address']);
  });

  it('does not match on kana alone, on name alone, or on two empty addresses', () => {
    expect(findLikelyDuplicates({ name: '別人', nameKana: 'かくう はなこ', birthDate: '2020-01-01', address: '' }, existing)).toEqual([]);
    expect(findLikelyDuplicates({ name: '見本 太郎', nameKana: 'べつ', birthDate: '2020-01-01', address: '' }, existing)).toEqual([]);
  });

  it('never reports a case as its own duplicate', () => {
    expect(findLikelyDuplicates(existing[0]!, existing)).toEqual([]);
  });
});

describe('normalizeAddress', () => {
  it('folds 丁目/番地/号 and every dash to one hyphen', () => {
    expect(normalizeAddress('三浦市 初声町 3丁目10番地5号')).toBe(normalizeAddress('三浦市初声町3ー10ー5'));
  });
});
