import { confirmedAgo } from '../../domain/match-availability.ts';
import type { Missing, SoftReason } from '../../domain/match-types.ts';
import { careList } from '../resources/resource-labels.ts';
import { rt } from '../resources/resource-messages.ts';
import { mt } from './match-messages.ts';

function confirmedText(daysAgo: number | null): string {
  if (daysAgo === null) return mt('reason.unconfirmed');
  const when = confirmedAgo(daysAgo);
  return when === 'today' ? mt('reason.confirmedToday') : when === 'yesterday' ? mt('reason.confirmedYesterday') : mt('reason.confirmed', { days: daysAgo });
}

export function softReasonText(reason: SoftReason): string {
  switch (reason.code) {
    case 'vacancy': return mt('reason.vacancy', { n: reason.vacancy }) + confirmedText(reason.daysAgo);
    case 'full': return mt('reason.full') + (reason.daysAgo === null ? '' : confirmedText(reason.daysAgo));
    case 'vacancy-unknown': return mt('reason.vacancy-unknown');
    case 'stale': return mt('reason.stale');
    case 'distance': return mt(reason.isApproximate ? 'reason.distanceApprox' : 'reason.distance', { km: reason.km });
    case 'pick-up': return mt('reason.pick-up');
    case 'reach': return mt(`reach.${reason.reach}`);
  }
}

export function missingText(missing: Missing): string {
  switch (missing.code) {
    case 'care': return mt('missing.care', { items: careList(missing.items) });
    case 'age': return mt('missing.age', { min: missing.min, max: missing.max });
    case 'area': return mt('missing.area');
    case 'vacancy': return mt('missing.vacancy');
    case 'distance': return mt('missing.distance', { km: missing.km, max: missing.max });
    case 'days': return mt('missing.days', { days: missing.days.map((day) => rt(`day.${day}`)).join('・') });
  }
}
