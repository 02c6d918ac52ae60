import type { DisasterRow } from '../../domain/disaster-row.ts';
import type { DisasterCase } from '../../schema/disaster-event.ts';
import { t } from '../i18n/i18n.ts';
import { contactsOf, destinationText, helpersOf, telHref } from './disaster-format.ts';
import { dt } from './disaster-messages.ts';

type Props = { row: DisasterRow; record: DisasterCase | undefined };

/** The folded part of a card: helpers and every contact as tel: links (44 px targets), and the destination. */
export function CardDetails({ row, record }: Props) {
  const helpers = helpersOf(record);
  const contacts = contactsOf(record);
  return (
    <details class="disaster-card__details">
      <summary>{dt('details')}</summary>
      {!record ? <p role="status">{t('common.loading')}</p> : (
        <dl class="disaster-card__facts">
          <dt>{dt('helpers')}</dt>
          <dd class="disaster-card__contacts" data-testid="helpers">
            {helpers.length === 0 ? dt('none') : helpers.map((h, i) => (h.phone.trim() === ''
              ? <span key={i}>{h.name}</span>
              : <a key={i} class="tel-link" href={telHref(h.phone)}>{h.name}{h.relation ? `（${h.relation}）` : ''} {h.phone}</a>))}
          </dd>
          <dt>{dt('destination')}</dt><dd>{destinationText(row)}</dd>
          <dt>{dt('contacts')}</dt>
          <dd class="disaster-card__contacts">
            {contacts.length === 0 ? dt('none') : contacts.map((c, i) => <a key={i} class="tel-link" href={telHref(c.phone)}>{c.label} {c.phone}</a>)}
          </dd>
        </dl>
      )}
    </details>
  );
}
