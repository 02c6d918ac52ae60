import type { FacilityAssignment } from '../../domain/disaster-facilities.ts';
import { RESOURCE_TYPES } from '../../schema/resource.ts';
import { t } from '../i18n/i18n.ts';
import { telHref } from './disaster-format.ts';
import { dt } from './disaster-messages.ts';

/** 福祉避難所 and hospitals of the area, and which of the listed children are assigned to each (undefined: loading). */
export function FacilitiesSection({ facilities }: { facilities: readonly FacilityAssignment[] | undefined }) {
  return (
    <section class="card facilities" aria-labelledby="facilities-title">
      <h2 id="facilities-title">{dt('facilities')}</h2>
      {!facilities && <p role="status">{t('common.loading')}</p>}
      {facilities?.length === 0 && <p>{dt('noFacilities')}</p>}
      <ul class="facilities__list">
        {facilities?.map(({ resource, children }) => (
          <li key={resource.id} data-testid="facility">
            <strong>{resource.name}</strong>（{RESOURCE_TYPES[resource.type]}）{' '}
            {resource.phone && <a class="tel-link" href={telHref(resource.phone)}>{resource.phone}</a>}
            <span> — {dt('assigned', { n: children.length })}</span>
            {children.length > 0 && <span class="facilities__children">: {children.map((c) => c.name).join('、')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
