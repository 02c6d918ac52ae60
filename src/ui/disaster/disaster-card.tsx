import { runwayBand, type TriagedCase } from '../../domain/triage.ts';
import type { DisasterEvent } from '../../schema/disaster-event.ts';
import type { SafetyCheck } from '../../schema/safety-check.ts';
import { CardDetails } from './card-details.tsx';
import { bandText, careShort, contactOf, deviceText, lastCheckText, noDeviceText, noteText, telHref } from './disaster-format.ts';
import { dt } from './disaster-messages.ts';
import { SafetyButtons } from './safety-buttons.tsx';

type Props = {
  item: TriagedCase;
  event: DisasterEvent;
  rank: number;
  check: SafetyCheck | undefined;
  note: SafetyCheck | undefined;
  by: string;
};

/**
 * One child, compact: who, how urgent (band in words and colour), hours left per device, status and latest
 * note, the first number to call and the one-tap buttons — all from the row. Everything else folds into 詳細・連絡先.
 */
export function DisasterCard({ item, event, rank, check, note, by }: Props) {
  const { row } = item;
  const first = row.firstContact && contactOf(row.firstContact);
  return (
    <li id={`disaster-${row.id}`} tabIndex={-1} class={`disaster-card disaster-card--band-${item.band}`} data-testid="disaster-row" data-case-id={row.id}>
      <div class="disaster-card__head">
        <span class="disaster-card__rank">{rank}</span>
        <h3 class="disaster-card__name">{row.name} <small>{row.nameKana}</small></h3>
        <span>{dt('age', { age: item.age })}</span>
        <span class={`band band--${item.band}`} data-testid="band">{bandText(item)}</span>
      </div>
      <p class="disaster-card__line">{row.address}{row.careOptions.length > 0 && ` ／ ${careShort(row)}`}</p>
      <ul class="disaster-card__devices" data-testid="disaster-devices">
        {item.devices.length === 0
          ? <li class={item.isRunwayUnknown ? 'runway runway--1' : undefined}>{noDeviceText(item)}</li>
          : item.devices.map((d) => (
            <li key={d.device.id} class={`runway runway--${item.isInHospital ? item.band : runwayBand(d.hoursLeft)}`}>{deviceText(d, item.isInHospital)}</li>
          ))}
      </ul>
      <p class={`disaster-card__status status--${check?.status ?? 'none'}`} data-testid="safety-status" aria-live="polite">{lastCheckText(check)}</p>
      {note && <p class="disaster-card__note" data-testid="safety-note">{noteText(note)}</p>}
      {first && <a class="tel-link" href={telHref(first.phone)}>{first.label} {first.phone}</a>}
      <SafetyButtons caseId={row.id} eventId={event.id} by={by} current={check?.status} name={row.name} />
      <CardDetails event={event} row={row} />
    </li>
  );
}
