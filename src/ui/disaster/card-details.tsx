import { useState } from 'preact/hooks';
import type { DisasterRow } from '../../domain/disaster-row.ts';
import type { DisasterEvent } from '../../schema/disaster-event.ts';
import { t } from '../i18n/i18n.ts';
import { contactsOf, destinationText, helpersOf, telHref } from './disaster-format.ts';
import { dt } from './disaster-messages.ts';
import { useDisasterRecords } from './use-disaster-list.ts';

type Props = { event: DisasterEvent; row: DisasterRow };

/** The folded part of a card; the child's whole disaster fields are read only once it is opened. */
export function CardDetails({ event, row }: Props) {
  const [isOpen, setOpen] = useState(false);
  return (
    <details class="disaster-card__details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{dt('details')}</summary>
      {isOpen && <DetailsBody event={event} row={row} />}
    </details>
  );
}

/** Helpers and every contact as tel: links (44 px targets), and the destination. */
function DetailsBody({ event, row }: Props) {
  const records = useDisasterRecords(event, [row.id]);
  const record = records?.get(row.id);
  if (!record) return <p role="status">{t('common.loading')}</p>;
  const helpers = helpersOf(record);
  const contacts = contactsOf(record);
  return (
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
  );
}
