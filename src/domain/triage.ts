import type { CareOptionCode } from '../schema/care-options.ts';
import type { Device } from '../schema/case.ts';
import { ageOn } from './dates.ts';
import type { DisasterRow, PoweredDevice } from './disaster-row.ts';
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

/** The band of a child whose care needs power but whose devices (and batteries) were never recorded: 至急, ask now. */
export const UNKNOWN_RUNWAY_BAND = 1;

export type DeviceRunway = { device: PoweredDevice; tier: number; totalHours: number; hoursLeft: number };

export type TriagedCase = {
  row: DisasterRow;
  age: number;
  /** Most critical dependence of the child (0 ventilator … NOT_DEPENDENT). */
  tier: number;
  band: number;
  /** Hours until the first powered device stops: battery hours minus hours since the outage; null if none, or in hospital. */
  runway: number | null;
  /** 入院中: on the hospital's power, so not on the home's battery clock. */
  isInHospital: boolean;
  /** Care that needs power (呼吸器, 酸素, 吸引 …) but no powered device recorded: how long it lasts is not known. */
  isRunwayUnknown: boolean;
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

// Plain loops, no spreads: this runs for every child of the area on each minute's tick.
export function triageCase(row: DisasterRow, elapsedHours: number, today: string): TriagedCase {
  const devices: DeviceRunway[] = [];
  let tier = NOT_DEPENDENT;
  let runway: number | null = null;
  for (const device of row.poweredDevices) {
    const totalHours = batteryHours(device);
    const hoursLeft = totalHours - elapsedHours;
    const deviceTier = DEVICE_TIER[device.type];
    devices.push({ device, tier: deviceTier, totalHours, hoursLeft });
    if (deviceTier < tier) tier = deviceTier;
    if (runway === null || hoursLeft < runway) runway = hoursLeft;
  }
  if (devices.length > 1) devices.sort((a, b) => a.tier - b.tier);
  for (const option of row.careOptions) tier = Math.min(tier, CARE_TIER[option] ?? NOT_DEPENDENT);
  // In hospital the devices run on the hospital's (emergency) power: no runway, the last band, and within it
  // after the children at home of the same dependence (compareTriage).
  const isInHospital = row.livingSituation === 'hospital';
  if (isInHospital) runway = null;
  // Never 「72時間以上／電源依存の機器なし」 for a ventilator child whose ventilator was not entered: the hours are
  // unknown, so the family is called among the urgent ones.
  const isRunwayUnknown = !isInHospital && devices.length === 0 && tier < NOT_DEPENDENT;
  const band = isRunwayUnknown ? UNKNOWN_RUNWAY_BAND : runwayBand(runway);
  return { row, age: ageOn(row.birthDate, today), tier, band, runway, isInHospital, isRunwayUnknown, devices };
}

const byNumber = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);
// Code-point order: hiragana runs in 五十音 order, and one 町名 groups together. Intl.Collator was 10× slower
// over 5,000 children, and only breaks ties here.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const runwayOf = (item: TriagedCase) => item.runway ?? Infinity;

/** Band first (out of battery, < 6 h …), then dependence (ventilator first), at home before in hospital, then runway, then kana. */
export function compareTriage(a: TriagedCase, b: TriagedCase): number {
  return a.band - b.band || a.tier - b.tier || Number(a.isInHospital) - Number(b.isInHospital)
    || byNumber(runwayOf(a), runwayOf(b)) || byText(a.row.nameKana, b.row.nameKana);
}

/** Depends on electricity: a powered device, or care (ventilator, oxygen, suction, pumps …) that implies one. */
export const isPowerDependent = (item: TriagedCase) => item.tier < NOT_DEPENDENT;

export type TriageSort = 'triage' | 'runway' | 'address';

const COMPARE: Record<TriageSort, (a: TriagedCase, b: TriagedCase) => number> = {
  triage: compareTriage,
  runway: (a, b) => byNumber(runwayOf(a), runwayOf(b)) || compareTriage(a, b),
  address: (a, b) => byText(a.row.address, b.row.address) || compareTriage(a, b),
};

/** The triaged list of a disaster event at `now`. */
export function triageCases(rows: readonly DisasterRow[], outageStartedAt: string, now: Date, today: string, sort: TriageSort = 'triage'): TriagedCase[] {
  const elapsed = hoursSince(outageStartedAt, now);
  return rows.map((row) => triageCase(row, elapsed, today)).sort(COMPARE[sort]);
}
