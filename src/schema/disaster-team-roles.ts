/**
 * Care-team roles a responder needs in a power cut: the hospital, the doctor, 訪問看護, the device supplier.
 * Zod-free: the case rows written on the first page use it.
 */
export const DISASTER_TEAM_ROLES: ReadonlySet<string> = new Set(['doctor', 'hospital', 'home-nurse', 'device-supplier']);
