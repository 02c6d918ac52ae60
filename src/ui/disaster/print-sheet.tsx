import type { TriagedCase } from '../../domain/triage.ts';
import type { DisasterCase, DisasterEvent } from '../../schema/disaster-event.ts';
import type { SafetyCheck } from '../../schema/safety-check.ts';
import { careShort, clockText, contactsOf, destinationText, deviceText, helpersOf, lastCheckText, noDeviceText, noteText } from './disaster-format.ts';
import { dt } from './disaster-messages.ts';

export type PrintSheetProps = {
  event: DisasterEvent;
  list: readonly TriagedCase[];
  records: ReadonlyMap<string, DisasterCase>;
  latest: ReadonlyMap<string, SafetyCheck>;
  notes: ReadonlyMap<string, SafetyCheck>;
  powerOnly: boolean;
  areaNames: string;
  printedBy: string;
  now: Date;
};

/**
 * Paper fallback (tablets die too): A4 landscape, large type, one row per child, blank columns for pen (メモ keeps
 * room under the latest note). Every phone number, contacts' and helpers' alike, stays on one line.
 */
export function PrintSheet({ event, list, records, latest, notes, powerOnly, areaNames, printedBy, now }: PrintSheetProps) {
  return (
    <section class="print-sheet print-only" data-testid="print-sheet">
      <header class="print-sheet__head">
        <h1>{dt('printTitle')} — {dt(`type.${event.type}`)} {event.title}</h1>
        <p>
          {areaNames}{powerOnly ? dt('powerOnlyScope') : ''} / {dt('outageStartedAt')} {clockText(event.outageStartedAt)}
          {' / '}{dt('printedAt', { time: clockText(now.toISOString()) })} / {dt('printedBy', { name: printedBy })}
        </p>
      </header>
      <table class="print-sheet__table">
        <thead>
          <tr>
            {(['no', 'name', 'address', 'care', 'contact', 'plan', 'status', 'check', 'time', 'memo'] as const).map((col) => (
              <th key={col} class={`col-${col}`} scope="col">{dt(`col.${col}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.map((item, index) => {
            const { row, age } = item;
            const record = records.get(row.id);
            return (
              <tr key={row.id} data-testid="print-row">
                <td>{index + 1}</td>
                <td class="name"><strong>{row.name}</strong><br />{dt('age', { age })}</td>
                <td>{row.address}</td>
                <td>
                  {careShort(row)}
                  {item.devices.length === 0 ? <span class="print-line">{noDeviceText(item)}</span>
                    : item.devices.map((device) => <span key={device.device.id} class="print-line">{deviceText(device, item.isInHospital)}</span>)}
                </td>
                <td>
                  {contactsOf(record).slice(0, 3).map((c, i) => (
                    <span key={i} class="print-contact">{c.label} <span class="phone">{c.phone}</span></span>
                  ))}
                </td>
                <td class="plan">
                  {helpersOf(record).map((h, i) => (
                    <span key={i} class="print-contact">{h.name}{h.phone && <> <span class="phone">{h.phone}</span></>}</span>
                  ))}
                  <span class="print-line">{destinationText(row)}</span>
                </td>
                <td>{lastCheckText(latest.get(row.id))}</td>
                <td class="blank" /><td class="blank" />
                <td class="memo" data-testid="print-memo">{noteText(notes.get(row.id))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
