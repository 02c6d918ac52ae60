import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterResources } from '../../../src/domain/resource-filter.ts';
import { makeResource } from '../../fixtures/resources.ts';

const names = (list: { name: string }[]) => list.map((r) => r.name);

describe('filterResources', () => {
  it('keeps a resource with no set capacity when only vacancies are asked for, as matching does', () => {
    const nursing = makeResource({ name: '訪問看護（定員の定めなし）', type: 'home-nursing', capacity: 0, vacancy: 0 });
    const open = makeResource({ name: '空きあり', capacity: 4, vacancy: 1 });
    const full = makeResource({ name: '満床', capacity: 4, vacancy: 0 });
    expect(names(filterResources([nursing, open, full], { ...EMPTY_FILTER, hasVacancy: true }))).toEqual(['訪問看護（定員の定めなし）', '空きあり']);
  });
});

describe('filterResources words', () => {
  const stay = makeResource({ name: 'すずらんショートステイ', type: 'short-stay-welfare', address: '横須賀市長井1-2' });
  const hospital = makeResource({ name: 'さくら病院 医療型短期入所', type: 'short-stay-medical' });
  const kids = makeResource({ name: 'あおぞらキッズ', type: 'child-development', address: '鎌倉市御成町4' });
  const all = [stay, hospital, kids];
  const find = (query: string) => names(filterResources(all, { ...EMPTY_FILTER, query }));

  it('finds a resource by its type, in the words coordinators use (短期入所, レスパイト, 児童発達支援)', () => {
    expect(find('短期入所')).toEqual(['すずらんショートステイ', 'さくら病院 医療型短期入所']);
    expect(find('レスパイト')).toEqual(['すずらんショートステイ', 'さくら病院 医療型短期入所']);
    expect(find('児童発達支援 鎌倉')).toEqual(['あおぞらキッズ']);
  });

  it('reads katakana and hiragana, 全角 and 半角 alike', () => {
    expect(find('アオゾラ')).toEqual(['あおぞらキッズ']);
    expect(find('ｽｽﾞﾗﾝ')).toEqual(['すずらんショートステイ']);
    expect(find('長井１')).toEqual(['すずらんショートステイ']);
  });
});
