import type { CareSelection } from '../../src/schema/care-items.ts';
import { CARE_OPTIONS, type CareOptionCode, type WatchLevel } from '../../src/schema/care-options.ts';
import type { Device } from '../../src/schema/case.ts';
import { daysBefore, type Random } from './prng.ts';

const DIAGNOSES = [
  '脳性麻痺', '低酸素性虚血性脳症', '18トリソミー', '脊髄性筋萎縮症', '先天性心疾患', '慢性肺疾患',
  'てんかん', '短腸症候群', '先天性ミオパチー', 'ダウン症候群', '水頭症', '超低出生体重児',
];
const ANTICONVULSANTS = ['バルプロ酸', 'レベチラセタム', 'クロバザム'];
const MEDICATIONS = ['フロセミド', 'ランソプラゾール', '酸化マグネシウム', 'カルボシステイン', 'バクロフェン'];
const MAKERS = ['デモ医療機器', 'サンプルメディカル', 'みほんヘルスケア'];

function select(random: Random, option: CareOptionCode, details: string[] = []): CareSelection {
  const levels = Object.keys(CARE_OPTIONS[option].watch) as WatchLevel[];
  return { option, watch: levels.length > 0 ? random.pick(levels) : 'low', details };
}

/** Plausible combinations: a ventilated child usually also has a tracheostomy and tracheal suction. */
export function generateCareItems(random: Random, age: number): CareSelection[] {
  const items: CareSelection[] = [];
  const ventilator = random.chance(0.22);
  const tracheostomy = ventilator ? random.chance(0.7) : random.chance(0.08);
  if (ventilator) items.push(select(random, 'ventilator'));
  if (tracheostomy) items.push(select(random, 'tracheostomy'));
  else if (random.chance(0.02)) items.push(select(random, 'airway'));
  if (random.chance(ventilator ? 0.3 : 0.22)) items.push(select(random, 'oxygen'));
  if (tracheostomy || (ventilator && random.chance(0.95)) || random.chance(0.3)) {
    const details = tracheostomy ? ['oral', 'tracheal'] : random.pick([['oral'], ['oral', 'nasal']]);
    if (tracheostomy && random.chance(0.3)) details.push('nasal');
    items.push(select(random, 'suction', details));
  }
  if (random.chance(0.2)) items.push(select(random, 'nebulizer'));
  if (random.chance(0.55)) {
    if (random.chance(0.85)) items.push(select(random, 'tube-gastric', [random.chance(0.6) ? 'gastrostomy' : 'nasogastric']));
    else items.push(select(random, 'tube-intestinal', [random.pick(['jejunostomy', 'nasointestinal'])]));
    if (random.chance(0.35)) items.push(select(random, 'tube-pump'));
  }
  if (random.chance(0.03)) items.push(select(random, 'cvc'));
  if (age >= 3 && random.chance(0.04)) {
    items.push(select(random, 'glucose'));
    if (random.chance(0.7)) items.push(select(random, 'injection-sc'));
  }
  if (random.chance(0.01)) items.push(select(random, 'dialysis'));
  if (random.chance(0.06)) items.push(select(random, 'catheter-intermittent'));
  if (random.chance(0.03)) items.push(select(random, 'stoma'));
  if (random.chance(0.08)) items.push(select(random, 'enema'));
  if (random.chance(0.3) || items.length === 0) items.push(select(random, 'seizure'));
  return items;
}

function hours(random: Random, min: number, max: number): number {
  return random.int(min * 2, max * 2) / 2;
}

/** Hours of oxygen cylinders at home for a concentrator: none to a day. Taken from the id, not the random stream,
 * so adding it changed no other generated value. */
const CYLINDER_HOURS = [0, 6, 12, 24];
const cylinderHoursFor = (id: string, type: Device['type']) =>
  (type === 'oxygen-concentrator' ? CYLINDER_HOURS[Number.parseInt(id.slice(0, 2), 16) % CYLINDER_HOURS.length]! : 0);

type Life = { today: string; ageDays: number };

function device(random: Random, { today, ageDays }: Life, type: Device['type'], internal: number, external: number, needsPower: boolean): Device {
  const spareBatteries = internal > 0 && needsPower ? random.int(0, 2) : 0;
  const id = random.uuid();
  return {
    id,
    type,
    maker: random.pick(MAKERS),
    model: `${type.slice(0, 2).toUpperCase()}-${random.int(100, 999)}`,
    internalBatteryHours: internal,
    externalBatteryHours: external,
    spareBatteries,
    // Bought for this child: never before the birth.
    spareBatteryDates: Array.from({ length: spareBatteries }, () => daysBefore(today, random.int(Math.min(30, ageDays), Math.min(700, ageDays)))),
    cylinderHours: cylinderHoursFor(id, type),
    needsPower,
  };
}

/** Devices that follow from the care items, with battery hours in realistic ranges; `ageDays` is the child's age. */
export function generateDevices(random: Random, items: readonly CareSelection[], today: string, ageDays = 700): Device[] {
  const has = (option: CareOptionCode) => items.some((item) => item.option === option);
  const devices: Device[] = [];
  const life = { today, ageDays };
  if (has('ventilator')) {
    devices.push(device(random, life, 'ventilator', hours(random, 2, 8), hours(random, 4, 12), true));
    if (random.chance(0.4)) devices.push(device(random, life, 'cough-assist', hours(random, 1, 2), 0, true));
  }
  if (has('oxygen')) devices.push(device(random, life, 'oxygen-concentrator', random.chance(0.3) ? hours(random, 2, 4) : 0, 0, true));
  if (has('suction')) devices.push(device(random, life, 'suction', hours(random, 0.5, 1.5), 0, true));
  if (has('tube-pump')) devices.push(device(random, life, 'feeding-pump', hours(random, 8, 24), 0, true));
  if (has('dialysis')) devices.push(device(random, life, 'apd', 0, 0, true));
  // Home parenteral nutrition runs through a portable infusion pump.
  if (has('cvc')) devices.push(device(random, life, 'infusion-pump', hours(random, 12, 24), 0, true));
  if (has('nebulizer')) devices.push(device(random, life, 'nebulizer', 0, 0, false));
  if (has('ventilator') || has('oxygen') || has('tracheostomy')) {
    devices.push(device(random, life, 'pulse-oximeter', hours(random, 12, 48), 0, false));
  }
  return devices;
}

/** Diagnoses and medicines; a child treated for seizures takes an anticonvulsant, and only then. */
export function generateDiagnoses(random: Random, items: readonly CareSelection[] = []): { diagnoses: string[]; medications: string[]; allergies: string[] } {
  const seizures = items.some((item) => item.option === 'seizure');
  const diagnoses = random.sample(DIAGNOSES, random.int(1, 2));
  if (seizures && !diagnoses.includes('てんかん')) diagnoses.push('てんかん');
  return {
    diagnoses,
    medications: [...(seizures ? random.sample(ANTICONVULSANTS, random.int(1, 2)) : []), ...random.sample(MEDICATIONS, random.int(0, 2))],
    allergies: random.chance(0.1) ? [random.pick(['ラテックス', '卵', '小麦'])] : [],
  };
}
