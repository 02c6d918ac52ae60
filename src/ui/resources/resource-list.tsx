import { useMemo, useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { listResources } from '../../db/resources.ts';
import { EMPTY_FILTER, filterResources, type ResourceFilter } from '../../domain/resource-filter.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useMunicipalityNames } from '../municipalities/use-municipalities.ts';
import { canEdit, useSignedInSession } from '../session/session-context.ts';
import { ExportButtons } from './export-buttons.tsx';
import { ResourceFilters } from './resource-filters.tsx';
import { rt } from './resource-messages.ts';
import { ResourceRow } from './resource-row.tsx';
import './resources.css';

const PAGE_SIZE = 100;
// Kept across visits, so coming back from a resource keeps the coordinator's filters.
let lastFilter: ResourceFilter = EMPTY_FILTER;

function areasOf(resources: readonly { municipalityCode: string; serviceArea: readonly string[] }[]): string[] {
  const codes = new Set<string>();
  for (const r of resources) for (const code of [r.municipalityCode, ...r.serviceArea]) codes.add(code);
  return [...codes].sort();
}

export function ResourceList() {
  const isEditor = canEdit(useSignedInSession());
  const resources = useLiveQuery(() => listResources(getDb()), []);
  const nameOf = useMunicipalityNames();
  const [filter, setFilter] = useState(lastFilter);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const filtered = useMemo(() => filterResources(resources ?? [], filter), [resources, filter]);
  const areas = useMemo(() => areasOf(resources ?? []), [resources]);
  const shown = filtered.slice(0, limit);

  function handleFilter(next: ResourceFilter) {
    lastFilter = next;
    setFilter(next);
    setLimit(PAGE_SIZE);
  }

  return (
    <section class="resource-list" aria-labelledby="resource-list-title">
      <div class="toolbar">
        <h1 id="resource-list-title">{rt('list.title')}</h1>
        <div class="actions">
          {isEditor && <a class="button button--primary" href="#/resources/new">{rt('list.new')}</a>}
          <a class="button" href="#/match">{rt('list.match')}</a>
          {isEditor && <a class="button" href="#/resources/import">{rt('list.import')}</a>}
          <a class="button" href="#/unmet">{rt('list.unmet')}</a>
        </div>
      </div>
      <ResourceFilters filter={filter} areas={areas} nameOf={nameOf} onChange={handleFilter} />
      <ExportButtons />
      {resources === undefined
        ? <p role="status">{rt('list.loading')}</p>
        : <p class="muted" role="status" data-testid="resource-count">{rt('list.count', { shown: filtered.length, total: resources.length })}</p>}
      <ul class="resource-list__rows">
        {shown.map((resource) => <ResourceRow key={resource.id} resource={resource} municipality={nameOf(resource.municipalityCode)} />)}
      </ul>
      {resources !== undefined && filtered.length === 0 && <p>{rt('list.empty')}</p>}
      {filtered.length > shown.length && (
        <button type="button" class="button" onClick={() => setLimit(limit + PAGE_SIZE)}>{rt('list.more')}</button>
      )}
    </section>
  );
}
