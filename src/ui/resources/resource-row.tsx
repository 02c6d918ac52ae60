import { formatDate } from '../format/format-date.ts';
import type { Resource } from '../../schema/resource.ts';
import { careList, typeLabel } from './resource-labels.ts';
import { rt } from './resource-messages.ts';

export function vacancyText(resource: Pick<Resource, 'capacity' | 'vacancy' | 'vacancyConfirmedAt'>): string {
  if (resource.capacity === 0) return rt('row.noCapacity');
  const state = resource.vacancy > 0 ? rt('row.vacancy', { n: resource.vacancy }) : rt('row.full');
  if (!resource.vacancyConfirmedAt) return state;
  return rt('row.withConfirmed', { state, confirmed: rt('row.confirmed', { date: formatDate(resource.vacancyConfirmedAt) }) });
}

export function ResourceRow({ resource, municipality }: { resource: Resource; municipality: string }) {
  return (
    <li>
      <a class="resource-row" href={`#/resources/${resource.id}`} data-testid="resource-row">
        <span class="resource-row__name" data-field="name">{resource.name}</span>
        <span class="resource-row__meta">
          <span class="tag">{typeLabel(resource.type)}</span>
          <span>{municipality}</span>
          <span>{rt('row.ages', { min: resource.ageMin, max: resource.ageMax })}</span>
          <span class={resource.vacancy > 0 ? 'resource-row__open' : ''}>{vacancyText(resource)}</span>
        </span>
        {resource.acceptsCareItems.length > 0 && <span class="resource-row__care">{careList(resource.acceptsCareItems)}</span>}
      </a>
    </li>
  );
}
