import type { DisasterFilter } from '../../domain/disaster-filter.ts';
import type { TriageSort } from '../../domain/triage.ts';
import { useMunicipalityNames } from '../municipalities/use-municipalities.ts';
import { dt } from './disaster-messages.ts';

type Props = {
  areas: readonly string[];
  filter: DisasterFilter;
  sort: TriageSort;
  onFilter: (filter: DisasterFilter) => void;
  onSort: (sort: TriageSort) => void;
};

const SORTS: readonly TriageSort[] = ['triage', 'runway', 'address'];

/** Area (one municipality of the event), 町名 text, and the order: priority, battery left, or address for a route. */
export function DisasterFilters({ areas, filter, sort, onFilter, onSort }: Props) {
  const nameOf = useMunicipalityNames();
  return (
    <div class="disaster-filters no-print">
      <div class="field">
        <label for="disaster-area">{dt('filterArea')}</label>
        <select id="disaster-area" value={filter.municipalityCode ?? ''}
          onChange={(e) => onFilter({ ...filter, municipalityCode: e.currentTarget.value || null })}>
          <option value="">{dt('allAreas')}</option>
          {areas.map((code) => <option key={code} value={code}>{nameOf(code)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="disaster-town">{dt('filterTown')}</label>
        <input id="disaster-town" type="search" value={filter.text} onInput={(e) => onFilter({ ...filter, text: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="disaster-sort">{dt('sort')}</label>
        <select id="disaster-sort" value={sort} onChange={(e) => onSort(e.currentTarget.value as TriageSort)}>
          {SORTS.map((code) => <option key={code} value={code}>{dt(`sort.${code}`)}</option>)}
        </select>
      </div>
    </div>
  );
}
