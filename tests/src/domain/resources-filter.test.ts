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
