import type { DisasterCase } from '../schema/disaster-event.ts';
import { DISASTER_TEAM_ROLES } from '../schema/disaster-team-roles.ts';
import type { Case } from '../schema/case.ts';

/** The parts of a disaster event that decide widened access (a stored or a local record). */
export type EventScope = {
  deleted?: boolean;
  areas: readonly string[];
  declaredBy: string | null;
  declaredAt: string | null;
  responders: readonly string[];
  endedAt: string | null;
};

const time = (iso: string) => Date.parse(iso);

/** An event that has not ended (and is not deleted): the list and safety checks belong to it. */
export function isEventOpen(event: Pick<EventScope, 'deleted' | 'endedAt'>, now: Date): boolean {
  return event.deleted !== true && (event.endedAt === null || now.getTime() < time(event.endedAt));
}

/** An administrator's declaration in force: declared, already begun, not ended. */
export function isWideningActive(event: EventScope, now: Date): boolean {
  return event.declaredBy !== null && event.declaredAt !== null && time(event.declaredAt) <= now.getTime() && isEventOpen(event, now);
}

/** A named responder of a declared event in force, for a case in one of the affected areas. */
export function canReadByDisaster(userId: string, event: EventScope, municipalityCode: string, now: Date): boolean {
  return isWideningActive(event, now) && event.responders.includes(userId) && event.areas.includes(municipalityCode);
}

/** The disaster fields of a case (see DISASTER_CASE_FIELDS): nothing else leaves the server by widening. */
export function toDisasterCase(record: Case | DisasterCase): DisasterCase {
  return {
    id: record.id, name: record.name, nameKana: record.nameKana, birthDate: record.birthDate, sex: record.sex,
    municipalityCode: record.municipalityCode, address: record.address, phone: record.phone,
    livingSituation: record.livingSituation, guardians: record.guardians, emergencyContacts: record.emergencyContacts,
    careItems: record.careItems, devices: record.devices, powerPlan: record.powerPlan,
    hasResuscitationBag: record.hasResuscitationBag, evacuationPlan: record.evacuationPlan,
    careTeam: record.careTeam.filter((member) => DISASTER_TEAM_ROLES.has(member.role)),
  };
}
