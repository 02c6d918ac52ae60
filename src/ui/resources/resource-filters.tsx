import type { ResourceFilter } from '../../domain/resource-filter.ts';
import { EMPTY_FILTER } from '../../domain/resource-filter.ts';
import type { CareOptionCode } from '../../schema/care-options.ts';
import type { ResourceType } from '../../schema/resource.ts';
import type { NameOf } from '../municipalities/use-municipalities.ts';
import { CARE_CHOICES, TYPE_OPTIONS } from './resource-labels.ts';
import { rt } from './resource-messages.ts';

type Props = { filter: ResourceFilter; areas: readonly string[]; nameOf: NameOf; onChange: (filter: ResourceFilter) => void };

export function ResourceFilters({ filter, areas, nameOf, onChange }: Props) {
  const set = <K extends keyof ResourceFilter>(key: K, value: ResourceFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <fieldset class="resource-filters">
      <legend>{rt('filter.legend')}</legend>
      <div class="field">
        <label for="filter-query">{rt('filter.query')}</label>
        <input id="filter-query" type="search" value={filter.query} autocomplete="off" onInput={(e) => set('query', e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="filter-type">{rt('filter.type')}</label>
        <select id="filter-type" value={filter.type} onChange={(e) => set('type', e.currentTarget.value as ResourceType | '')}>
          <option value="">{rt('filter.any')}</option>
          {TYPE_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label()}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="filter-area">{rt('filter.area')}</label>
        <select id="filter-area" value={filter.area} onChange={(e) => set('area', e.currentTarget.value)}>
          <option value="">{rt('filter.any')}</option>
          {areas.map((code) => <option key={code} value={code}>{nameOf(code)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="filter-care">{rt('filter.care')}</label>
        <select id="filter-care" value={filter.careItem} onChange={(e) => set('careItem', e.currentTarget.value as CareOptionCode | '')}>
          <option value="">{rt('filter.any')}</option>
          {CARE_CHOICES.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </div>
      <label class="check">
        <input type="checkbox" checked={filter.hasVacancy} onChange={(e) => set('hasVacancy', e.currentTarget.checked)} />
        {rt('filter.vacancy')}
      </label>
      <button type="button" class="button button--small" onClick={() => onChange(EMPTY_FILTER)}>{rt('filter.clear')}</button>
    </fieldset>
  );
}
