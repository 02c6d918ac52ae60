import { formatDate } from '../format/format-date.ts';
import { isFull } from '../../domain/match-availability.ts';
import type { MatchItem } from '../../domain/match-types.ts';
import type { NameOf } from '../municipalities/use-municipalities.ts';
import { careList, typeLabel } from '../resources/resource-labels.ts';
import { mt } from './match-messages.ts';
import { missingText, softReasonText } from './reason-text.ts';

type Props = { item: MatchItem; nameOf: NameOf; link?: { isLinked: boolean; isBusy: boolean; onLink: () => void } | undefined };

function ConsentNote({ item, nameOf }: { item: MatchItem; nameOf: NameOf }) {
  if (!item.consent) return null;
  const area = nameOf(item.consent.municipalityCode);
  return item.consent.status === 'given'
    ? <p class="match-card__consent match-card__consent--given">{mt('consentGiven', { area, since: item.consent.since ? formatDate(item.consent.since) : '' })}</p>
    : <p class="match-card__consent" data-testid="consent-needed">{mt('consentNeeded', { area })}</p>;
}

/** One ranked resource: why it fits (or what it lacks), the border it crosses and the consent that needs. */
export function MatchCard({ item, nameOf, link }: Props) {
  return (
    <li class="match-card card" data-testid={item.missing.length === 0 ? 'match' : 'near-miss'}>
      <div class="match-card__head">
        <h3><a href={`#/resources/${item.resourceId}`}>{item.name}</a></h3>
        <span class="tag">{typeLabel(item.type)}</span>
        <span>{nameOf(item.municipalityCode)}</span>
        {item.crossBorder && <span class="badge badge--warn" data-testid="cross-border">{mt('crossBorder')}</span>}
        {isFull(item) && <span class="badge badge--warn" data-testid="full">{mt('fullBadge')}</span>}
      </div>
      {item.missing.length > 0 && (
        <ul class="match-card__missing">{item.missing.map((m, i) => <li key={i}>{missingText(m)}</li>)}</ul>
      )}
      <ul class="match-card__reasons">{item.reasons.map((r, i) => <li key={i}>{softReasonText(r)}</li>)}</ul>
      {item.nurseOnly.length > 0 && <p class="warning">{mt('nurseOnly', { items: careList(item.nurseOnly) })}</p>}
      <ConsentNote item={item} nameOf={nameOf} />
      {link && (
        <button type="button" class="button button--small" disabled={link.isLinked || link.isBusy} onClick={link.onLink}>
          {link.isLinked ? mt('linked') : link.isBusy ? mt('linking') : mt('link')}
        </button>
      )}
    </li>
  );
}
