import type { TriagedCase } from '../../domain/triage.ts';
import type { SafetyCheck } from '../../schema/safety-check.ts';
import { careShort, contactsOf, destinationText, deviceText, helpersText, lastCheckText, noteText, telHref } from './disaster-format.ts';
import { dt } from './disaster-messages.ts';
import { SafetyButtons } from './safety-buttons.tsx';

type Props = { item: TriagedCase; rank: number; check: SafetyCheck | undefined; note: SafetyCheck | undefined; eventId: string; by: string };

/** One child in the triaged list: what a coordinator needs to reach and help the family, then one tap. */
export function DisasterRow({ item, rank, check, note, eventId, by }: Props) {
  const { record } = item;
  const contacts = contactsOf(record);
  return (
    <li class={`disaster-row disaster-row--band-${item.band}`} data-testid="disaster-row" data-case-id={record.id}>
      <div class="disaster-row__head">
        <span class="disaster-row__rank">{rank}</span>
        <h3 class="disaster-row__name">{record.name} <small>{record.nameKana}</small></h3>
        <span>{dt('age', { age: item.age })}</span>
        <span class={`band band--${item.band}`}>{dt(`bands.${item.band as 0 | 1 | 2 | 3 | 4}`)}</span>
      </div>
      <p class="disaster-row__address">{record.address}</p>
      <p>{careShort(record)}</p>
      <ul class="disaster-row__devices" data-testid="disaster-devices">
        {item.devices.length === 0 ? <li>{dt('noPower')}</li> : item.devices.map((d) => <li key={d.device.id}>{deviceText(d)}</li>)}
      </ul>
      <dl class="disaster-row__facts">
        <dt>{dt('helpers')}</dt><dd>{helpersText(record) || dt('none')}</dd>
        <dt>{dt('destination')}</dt><dd>{destinationText(record)}</dd>
        <dt>{dt('contacts')}</dt>
        <dd class="disaster-row__contacts">
          {contacts.length === 0 ? dt('none') : contacts.map((c, i) => <a key={i} class="tel-link" href={telHref(c.phone)}>{c.label} {c.phone}</a>)}
        </dd>
      </dl>
      <p class={`disaster-row__status status--${check?.status ?? 'none'}`} data-testid="safety-status" aria-live="polite">{lastCheckText(check)}</p>
      {note && <p class="disaster-row__note" data-testid="safety-note">{noteText(note)}</p>}
      <SafetyButtons caseId={record.id} eventId={eventId} by={by} current={check?.status} name={record.name} />
    </li>
  );
}
