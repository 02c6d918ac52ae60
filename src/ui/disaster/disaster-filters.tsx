import type { DisasterFilter } from '../../domain/disaster-filter.ts';
import type { TriageSort } from '../../domain/triage.ts';
import { useMunicipalityNames } from '../municipalities/use-municipalities.ts';
import { dt } from './disaster-messages.ts';

type Props = {
  areas: readonly string[];
  filter: DisasterFilter;
  sort: TriageSort;
  counts: { everyone: number; dependent: number };
  onFilter: (filter: DisasterFilter) => void;
  onSort: (sort: TriageSort) => void;
};

const SORTS: readonly TriageSort[] = ['triage', 'runway', 'address'];

/** Power-dependent only (with both counts), area (one municipality of the event), 町名 text, and the order. */
export function DisasterFilters({ areas, filter, sort, counts, onFilter, onSort }: Props) {
  const nameOf = useMunicipalityNames();
  return (
    <div class="disaster-filters no-print">
      <div class="field disaster-filters__power">
        <label class="check">
          <input type="checkbox" checked={filter.powerOnly} aria-describedby="disaster-power-help" data-testid="power-only"
            onChange={(e) => onFilter({ ...filter, powerOnly: e.currentTarget.checked })} /> {dt('powerOnly')}
        </label>
        <p class="disaster-filters__count" data-testid="power-count">{dt('powerCount', counts)}</p>
        <p id="disaster-power-help" class="muted">{dt('powerHelp')}</p>
      </div>
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
