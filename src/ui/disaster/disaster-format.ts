import { getCareOption } from '../../schema/care-options.ts';
import type { DisasterCase } from '../../schema/disaster-event.ts';
import type { SafetyCheck } from '../../schema/safety-check.ts';
import type { DeviceRunway } from '../../domain/triage.ts';
import { DEVICE_LABELS } from '../cases/view/device-labels.ts';
import { dt } from './disaster-messages.ts';

export type Contact = { label: string; phone: string };

/** Care items in their short names: 呼吸器・気切・吸引. */
export const careShort = (record: DisasterCase) => record.careItems.map((item) => getCareOption(item.option).short).join('・');

const hours = (value: number) => String(Math.round(Math.abs(value) * 10) / 10);

export function hoursLeftText(hoursLeft: number): string {
  return hoursLeft <= 0 ? dt('batteryOut', { hours: hours(hoursLeft) }) : dt('hoursLeft', { hours: hours(hoursLeft) });
}

export const deviceText = (runway: DeviceRunway) => `${DEVICE_LABELS[runway.device.type]} ${hoursLeftText(runway.hoursLeft)}`;

/** Everyone to call, in order: the home, guardians, emergency contacts, then the hospital, nurse and supplier. */
export function contactsOf(record: DisasterCase): Contact[] {
  const people = [
    ...(record.phone ? [{ label: '自宅', phone: record.phone }] : []),
    ...[...record.guardians, ...record.emergencyContacts].map((p) => ({ label: `${p.name}${p.relation ? `（${p.relation}）` : ''}`, phone: p.phone })),
    ...record.careTeam.map((member) => ({ label: member.name, phone: member.phone })),
  ];
  return people.filter((contact) => contact.phone.trim() !== '');
}

export function destinationText(record: DisasterCase): string {
  const plan = record.evacuationPlan;
  if (!plan) return dt('noPlan');
  const kind = dt(`dest.${plan.destination}`);
  return plan.destinationName ? `${kind}: ${plan.destinationName}` : kind;
}

export const helpersText = (record: DisasterCase) =>
  (record.evacuationPlan?.helpers ?? []).map((h) => `${h.name}${h.phone ? ` ${h.phone}` : ''}`).join('、');

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
