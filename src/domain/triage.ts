import type { CareOptionCode } from '../schema/care-options.ts';
import type { Device } from '../schema/case.ts';
import type { DisasterCase } from '../schema/disaster-event.ts';
import { ageOn } from './dates.ts';
import { batteryHours } from './power.ts';

// Disaster triage (docs/disaster-mode.md): who first, by how soon the batteries run out and how fatal the loss
// of the device is. Pure and cheap: 10,000 children sort in a few milliseconds.

/** Device dependence, most critical first: ventilator, oxygen, suction, feeding pumps, APD … */
export const DEVICE_TIER: Record<Device['type'], number> = {
  ventilator: 0, 'oxygen-concentrator': 1, suction: 2, 'cough-assist': 3, 'feeding-pump': 4, apd: 5,
  'infusion-pump': 6, 'pulse-oximeter': 7, monitor: 7, nebulizer: 8, other: 9,
};

/** Care items imply the same dependence when a device was never recorded. */
const CARE_TIER: Partial<Record<CareOptionCode, number>> = {
  ventilator: 0, oxygen: 1, tracheostomy: 2, suction: 2, airway: 2, 'tube-pump': 4, dialysis: 5, 'injection-pump': 6, cvc: 6,
};

export const NOT_DEPENDENT = 10;

/** Runway bands: 0 batteries out, 1 under 6 h, 2 under 24 h, 3 under 72 h, 4 72 h or more / nothing powered. */
export const RUNWAY_LIMITS = [0, 6, 24, 72] as const;

export type DeviceRunway = { device: Device; tier: number; totalHours: number; hoursLeft: number };

export type TriagedCase = {
  record: DisasterCase;
  age: number;
  /** Most critical dependence of the child (0 ventilator … NOT_DEPENDENT). */
  tier: number;
  band: number;
  /** Hours until the first powered device stops: battery hours minus hours since the outage; null if none. */
  runway: number | null;
  devices: DeviceRunway[];
};

export function hoursSince(startedAt: string, now: Date): number {
  return Math.max(0, (now.getTime() - Date.parse(startedAt)) / 3_600_000);
}

export function runwayBand(runway: number | null): number {
  if (runway === null) return RUNWAY_LIMITS.length;
  if (runway <= 0) return 0;
  const band = RUNWAY_LIMITS.findIndex((limit, index) => index > 0 && runway < limit);
  return band === -1 ? RUNWAY_LIMITS.length : band;
}

export function triageCase(record: DisasterCase, elapsedHours: number, today: string): TriagedCase {
  const devices = record.devices
    .filter((device) => device.needsPower)
    .map((device) => {
      const totalHours = batteryHours(device);
      return { device, tier: DEVICE_TIER[device.type], totalHours, hoursLeft: totalHours - elapsedHours };
    })
    .sort((a, b) => a.tier - b.tier);
  const tiers = [...devices.map((d) => d.tier), ...record.careItems.map((item) => CARE_TIER[item.option] ?? NOT_DEPENDENT)];
  const runway = devices.length === 0 ? null : Math.min(...devices.map((d) => d.hoursLeft));
  return { record, age: ageOn(record.birthDate, today), tier: Math.min(NOT_DEPENDENT, ...tiers), band: runwayBand(runway), runway, devices };
}

const byNumber = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);
// Code-point order: hiragana runs in 五十音 order, and one 町名 groups together. Intl.Collator was 10× slower
// over 5,000 children, and only breaks ties here.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const runwayOf = (item: TriagedCase) => item.runway ?? Infinity;

/** Band first (out of battery, < 6 h …), then dependence (ventilator first), then runway, then kana. */
export function compareTriage(a: TriagedCase, b: TriagedCase): number {
  return a.band - b.band || a.tier - b.tier || byNumber(runwayOf(a), runwayOf(b)) || byText(a.record.nameKana, b.record.nameKana);
}

export type TriageSort = 'triage' | 'runway' | 'address';

const COMPARE: Record<TriageSort, (a: TriagedCase, b: TriagedCase) => number> = {
  triage: compareTriage,
  runway: (a, b) => byNumber(runwayOf(a), runwayOf(b)) || compareTriage(a, b),
  address: (a, b) => byText(a.record.address, b.record.address) || compareTriage(a, b),
};

/** The triaged list of a disaster event at `now`. */
export function triageCases(records: readonly DisasterCase[], outageStartedAt: string, now: Date, today: string, sort: TriageSort = 'triage'): TriagedCase[] {
  const elapsed = hoursSince(outageStartedAt, now);
  return records.map((record) => triageCase(record, elapsed, today)).sort(COMPARE[sort]);
}
