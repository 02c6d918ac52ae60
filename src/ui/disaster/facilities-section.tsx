import type { FacilityAssignment } from '../../domain/disaster-facilities.ts';
import { RESOURCE_TYPES } from '../../schema/resource.ts';
import { t } from '../i18n/i18n.ts';
import { telHref } from './disaster-format.ts';
import { dt } from './disaster-messages.ts';

/**
 * 福祉避難所 and hospitals of the area: which of the listed children evacuate to each (their 個別避難計画), and
 * apart, those it knows through their care team but who go elsewhere (undefined: loading).
 */
export function FacilitiesSection({ facilities }: { facilities: readonly FacilityAssignment[] | undefined }) {
  return (
    <section class="card facilities" aria-labelledby="facilities-title">
      <h2 id="facilities-title">{dt('facilities')}</h2>
      {!facilities && <p role="status">{t('common.loading')}</p>}
      {facilities?.length === 0 && <p>{dt('noFacilities')}</p>}
      <ul class="facilities__list">
        {facilities?.map(({ resource, evacuating, careTeam }) => (
          <li key={resource.id} data-testid="facility">
            <strong>{resource.name}</strong>（{RESOURCE_TYPES[resource.type]}）{' '}
            {resource.phone && <a class="tel-link" href={telHref(resource.phone)}>{resource.phone}</a>}
            <span class="facilities__group" data-testid="facility-evacuating">
              {dt('evacuating', { n: evacuating.length })}{evacuating.length > 0 && `: ${evacuating.map((c) => c.name).join('、')}`}
            </span>
            {careTeam.length > 0 && (
              <span class="facilities__group muted" data-testid="facility-care-team">
                {dt('careTeam', { n: careTeam.length })}: {careTeam.map((c) => c.name).join('、')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
