import { callOrder, type DisasterRow } from '../../domain/disaster-row.ts';
import { runwayBand, type DeviceRunway, type TriagedCase } from '../../domain/triage.ts';
import type { PersonContact } from '../../schema/case.ts';
import type { DisasterCase } from '../../schema/disaster-event.ts';
import type { SafetyCheck } from '../../schema/safety-check.ts';
import { DEVICE_LABELS } from '../cases/view/device-labels.ts';
import { careChips } from '../format/care-labels.ts';
import { dt } from './disaster-messages.ts';

export type Contact = { label: string; phone: string };

/** Care items in their short names: 呼吸器・気切・吸引 (Ventilator, Tracheostomy, Suction in English). */
export const careShort = (row: Pick<DisasterRow, 'careOptions'>) => careChips(row.careOptions);

/** The urgency band as a number the messages and CSS classes share: 0 out … 4 three days or more / no power. */
export type Band = 0 | 1 | 2 | 3 | 4;
export const bandOf = (band: number) => band as Band;

/**
 * Hours to one decimal, rounded down: a battery is never shown lasting longer than it does (5.96 h left is
 * 「残り 5.9 時間」, not 6 — which also contradicted 「6時間未満」 beside it).
 */
const hours = (value: number) => String(Math.floor(Math.abs(value) * 10 + 1e-9) / 10);

/**
 * Hours left, or why there are none: a device with no battery stops with the mains (never 「0 時間超過」), and
 * 「N 時間超過」 only for batteries that really ran out.
 */
export function runwayText({ hoursLeft, totalHours }: Pick<DeviceRunway, 'hoursLeft' | 'totalHours'>): string {
  if (totalHours <= 0) return dt('noBattery');
  if (hoursLeft > 0) return dt('hoursLeft', { hours: hours(hoursLeft) });
  const over = hours(hoursLeft);
  return over === '0' ? dt('batteryJustOut') : dt('batteryOut', { hours: over });
}

/** The device, its hours left, and for under a day the band in words (colour is never the only sign). */
export function deviceText(runway: DeviceRunway, isInHospital = false): string {
  if (isInHospital) return `${DEVICE_LABELS[runway.device.type]} ${dt('hospitalPower')}`;
  const band = runwayBand(runway.hoursLeft);
  const urgency = band === 1 || band === 2 ? ` ${dt(`urgency.${band}`)}` : '';
  return `${DEVICE_LABELS[runway.device.type]} ${runwayText(runway)}${urgency}`;
}

/** Every device of a child in words, joined for the paper list and the CSV. */
export const devicesText = (item: Pick<TriagedCase, 'devices' | 'isInHospital' | 'isRunwayUnknown'>) =>
  (item.devices.length === 0 ? noDeviceText(item) : item.devices.map((device) => deviceText(device, item.isInHospital)).join(' / '));

/** The runway of the device that stops first (the summary's バッテリーが早く尽きる方). */
export function soonestText({ devices }: Pick<TriagedCase, 'devices'>): string {
  const first = devices.reduce<DeviceRunway | undefined>((soonest, d) => (soonest && soonest.hoursLeft <= d.hoursLeft ? soonest : d), undefined);
  return first ? runwayText(first) : '';
}

/** The urgency band in words; a child in hospital says so instead of a runway, and an unknown runway says so. */
export const bandText = (item: Pick<TriagedCase, 'band' | 'isInHospital' | 'isRunwayUnknown'>) =>
  (item.isInHospital ? dt('bands.hospital') : item.isRunwayUnknown ? dt('bands.unknown') : dt(`bands.${bandOf(item.band)}`));

/** What stands in for the device list when a child has no powered device: nothing to fear, or nothing recorded. */
export const noDeviceText = (item: Pick<TriagedCase, 'isRunwayUnknown'>) => (item.isRunwayUnknown ? dt('runwayUnknown') : dt('noPower'));

/** A contact as a card shows it: the home as 自宅, others with their relation. */
export function contactOf(person: PersonContact): Contact {
  return { label: person.name === '' ? dt('homePhone') : `${person.name}${person.relation ? `（${person.relation}）` : ''}`, phone: person.phone };
}

/** Everyone to call, in order (callOrder): the home, guardians, emergency contacts, then the hospital, nurse and supplier. */
export const contactsOf = (record: DisasterCase | undefined): Contact[] => (record ? callOrder(record).map(contactOf) : []);

export function destinationText(row: Pick<DisasterRow, 'destination' | 'destinationName'>): string {
  if (!row.destination) return dt('noPlan');
  const kind = dt(`dest.${row.destination}`);
  return row.destinationName ? `${kind}: ${row.destinationName}` : kind;
}

export const helpersOf = (record: DisasterCase | undefined): PersonContact[] => record?.evacuationPlan?.helpers ?? [];

export const helpersText = (record: DisasterCase | undefined) =>
  helpersOf(record).map((h) => `${h.name}${h.phone ? ` ${h.phone}` : ''}`).join('、');

const pad = (n: number) => String(n).padStart(2, '0');

export function clockText(iso: string): string {
  const date = new Date(iso);
  return `${date.getMonth() + 1}/${date.getDate()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export const statusText = (status: SafetyCheck['status']) => dt(`status.${status}`);

export function lastCheckText(check: SafetyCheck | undefined): string {
  if (!check) return dt('noCheck');
  return dt('lastCheck', { status: statusText(check.status), time: clockText(check.at), by: check.by });
}

/** The family's latest note with when and who wrote it, or '' when no check of the event has one. */
export const noteText = (check: SafetyCheck | undefined) =>
  (check ? dt('latestNote', { time: clockText(check.at), by: check.by, note: check.note }) : '');

/** tel: links keep digits and + only (a phone typed with spaces or dashes still dials). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
