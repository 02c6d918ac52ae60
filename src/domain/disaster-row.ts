import { toChildIdentity, type ChildIdentity } from './child-identity.ts';
import type { CareOptionCode } from '../schema/care-options.ts';
import type { Device, EvacuationPlan, PersonContact } from '../schema/case.ts';
import type { DisasterCase } from '../schema/disaster-event.ts';
import { DISASTER_TEAM_ROLES } from '../schema/disaster-team-roles.ts';

/** A powered device's battery inputs: all the runway needs. */
export type PoweredDevice = Pick<Device, 'id' | 'type' | 'internalBatteryHours' | 'externalBatteryHours' | 'spareBatteries'> & Partial<Pick<Device, 'cylinderHours'>>;

/**
 * What disaster mode needs of a child to triage, filter, assign facilities and draw a compact card: a few
 * hundred bytes, stored in each case's list row (src/db/case-rows.ts) so the list never reads whole records.
 */
export type DisasterRow = {
  id: string;
  name: string;
  nameKana: string;
  birthDate: string;
  municipalityCode: string;
  address: string;
  careOptions: CareOptionCode[];
  /** Devices that need mains power, with their battery hours. */
  poweredDevices: PoweredDevice[];
  destination: EvacuationPlan['destination'] | null;
  destinationName: string;
  /** Directory resources linked from the care team (a hospital the child goes to). */
  facilityIds: string[];
  /** The first number to call (callOrder), so a compact card needs no whole record. */
  firstContact: PersonContact | null;
  /** 生活の場. Rows written before it was kept lack it and read as at home (first in line, the safe side). */
  livingSituation?: DisasterCase['livingSituation'];
};

/**
 * Everyone to call, in order: the home (name ''), guardians, emergency contacts, then the hospital, nurse and
 * supplier; only those with a phone. A child in hospital (入院中) is not at home: the hospital first, then the
 * guardians (likely at the bedside), and the empty home last.
 */
export function callOrder(record: DisasterCase): PersonContact[] {
  const members = record.careTeam.filter((member) => DISASTER_TEAM_ROLES.has(member.role));
  const asContact = (m: DisasterCase['careTeam'][number]) => ({ name: m.name, relation: '', phone: m.phone });
  const home = record.phone ? [{ name: '', relation: '', phone: record.phone }] : [];
  const order = record.livingSituation === 'hospital'
    ? [...members.filter((m) => m.role === 'hospital').map(asContact), ...record.guardians, ...record.emergencyContacts,
      ...members.filter((m) => m.role !== 'hospital').map(asContact), ...home]
    : [...home, ...record.guardians, ...record.emergencyContacts, ...members.map(asContact)];
  return order.filter((contact) => contact.phone.trim() !== '');
}

/** From a whole case or a widened read's disaster fields (the care team's roles are filtered here either way). */
export function toDisasterRow(record: DisasterCase): DisasterRow {
  return Object.assign(toChildIdentity(record), disasterFields(record));
}

/** What a disaster row adds to the child's identity (a case's list row takes these too, src/db/case-index.ts). */
export function disasterFields(record: DisasterCase): Omit<DisasterRow, keyof ChildIdentity> {
  return {
    poweredDevices: record.devices.filter((device) => device.needsPower).map((device) => ({
      id: device.id, type: device.type, internalBatteryHours: device.internalBatteryHours,
      externalBatteryHours: device.externalBatteryHours, spareBatteries: device.spareBatteries, cylinderHours: device.cylinderHours ?? 0,
    })),
    destination: record.evacuationPlan?.destination ?? null,
    destinationName: record.evacuationPlan?.destinationName ?? '',
    facilityIds: record.careTeam.flatMap((m) => (m.resourceId && DISASTER_TEAM_ROLES.has(m.role) ? [m.resourceId] : [])),
    firstContact: callOrder(record)[0] ?? null,
    livingSituation: record.livingSituation,
  };
}
