import type { Case } from '../../src/schema/case.ts';
import { generateCareItems, generateDevices, generateDiagnoses } from './demo-care.ts';
import { generateCareTeam, generateConsents, generatePlan, pickHospital, pickSchool, schoolYearsStarted } from './demo-case-parts.ts';
import { BOYS, FATHERS, GIRLS, MOTHERS, ORGANISATION_STEMS, SURNAMES } from './names.ts';
import { landline, mobile, pickMunicipality, pickPlace } from './places.ts';
import { createRandom, daysBefore, type Random } from './prng.ts';

export type DemoOptions = {
  /** The date ages and consents are relative to; defaults to today (UTC). */
  today?: string;
};

/** Where the child lives: a baby ventilated in the first months is mostly still in the NICU. */
function livingSituation(random: Random, ageDays: number, isVentilated: boolean): Case['livingSituation'] {
  const hospital = ageDays < 180 ? (isVentilated ? 60 : 25) : 8;
  return random.weighted([['home', 100 - hospital - 4], ['hospital', hospital], ['facility', 4]] as const);
}

function generateCase(random: Random, today: string): Case {
  const home = pickMunicipality(random);
  const sex = random.chance(0.5) ? 'female' : 'male';
  const surname = random.pick(SURNAMES);
  const given = random.pick(sex === 'female' ? GIRLS : BOYS);
  const ageDays = random.int(20, 19 * 365 + 360);
  const age = Math.floor(ageDays / 365.25);
  const birthDate = daysBefore(today, ageDays);
  const careItems = generateCareItems(random, age);
  const has = (option: string) => careItems.some((item) => item.option === option);
  const isVentilated = has('ventilator');
  const place = pickPlace(random, home);
  const guardians = [{ name: `${surname[0]} ${random.pick(MOTHERS)[0]}`, relation: '母', phone: mobile(random) }];
  if (random.chance(0.75)) guardians.push({ name: `${surname[0]} ${random.pick(FATHERS)[0]}`, relation: '父', phone: mobile(random) });
  const years = schoolYearsStarted(birthDate, today);
  const inNursery = years <= 0 && age >= 1 && random.chance(isVentilated ? 0.08 : 0.2);
  const devices = generateDevices(random, careItems, today, ageDays);
  const hasBag = isVentilated || (has('tracheostomy') && random.chance(0.8));
  const hospital = pickHospital(random, home);
  const planned = random.chance(isVentilated ? 0.8 : 0.45);
  return {
    id: random.uuid(), rev: 0, deleted: false, updatedAt: `${today}T00:00:00.000Z`,
    name: `${surname[0]} ${given[0]}`, nameKana: `${surname[1]} ${given[1]}`,
    birthDate, sex, municipalityCode: home.code,
    postcode: place.town.postcode, address: place.address,
    phone: landline(random, home),
    livingSituation: livingSituation(random, ageDays, isVentilated),
    school: inNursery ? `${random.pick(ORGANISATION_STEMS)}保育園` : pickSchool(random, home, years, isVentilated),
    meisId: random.chance(0.15) ? `MEIS-DEMO-${random.int(100000, 999999)}` : '',
    guardians,
    siblings: [],
    emergencyContacts: [{ name: `${random.pick(SURNAMES)[0]} ${random.pick(MOTHERS)[0]}`, relation: '祖母', phone: mobile(random) }],
    careItems,
    ...generateDiagnoses(random, careItems),
    devices,
    powerPlan: isVentilated ? [{ kind: 'external-battery', note: '' }, { kind: 'car', note: 'シガーソケット用インバーター' }] : [],
    hasResuscitationBag: hasBag,
    careTeam: generateCareTeam(random, home, age, hospital, devices),
    evacuationPlan: planned
      ? generatePlan(random, { home, town: place.town, today, ageDays, hospital: hospital.name, items: careItems, devices, hasBag })
      : null,
    consents: generateConsents(random, home, today, ageDays),
    notes: '',
  };
}

/** `n` fictitious children of the Yokosuka–Miura area; the same seed (and date) gives the same children. */
export function generateDemoCases(n: number, seed: number, options: DemoOptions = {}): Case[] {
  const random = createRandom(seed);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return Array.from({ length: n }, () => generateCase(random, today));
}
