import type { Case, Consent, EvacuationPlan } from '../../src/schema/case.ts';
import { generateCareItems, generateDevices, generateDiagnoses } from './demo-care.ts';
import { BOYS, FATHERS, GIRLS, MOTHERS, ORGANISATION_STEMS, STAFF_NAMES, SURNAMES } from './names.ts';
import { DEMO_MUNICIPALITIES, type DemoMunicipality } from './places.ts';
import { createRandom, daysBefore, type Random } from './prng.ts';

export type DemoOptions = {
  /** The date ages and consents are relative to; defaults to today (UTC). */
  today?: string;
};

const phone = (random: Random, mobile: boolean) =>
  mobile ? `090-0000-${random.int(1000, 9999)}` : `046-000-${random.int(1000, 9999)}`;

function generateConsents(random: Random, home: DemoMunicipality, today: string): Consent[] {
  const consents: Consent[] = [];
  const base = (areas: string[], kind: Consent['kind']): Consent => ({
    id: random.uuid(), kind, areas, organisations: [], date: daysBefore(today, random.int(30, 1400)),
    explainedBy: `${random.pick(STAFF_NAMES)}（コーディネーター）`, expiresAt: null, withdrawnAt: null,
    documentRef: `同意書-${random.int(1000, 9999)}`,
  });
  if (random.chance(0.9)) consents.push(base([home.code], 'use'));
  // 市町を越えた連携: a share with a neighbouring town, e.g. for a day service across the border.
  if (random.chance(0.15)) {
    const share = base([random.pick(home.neighbours)], 'provide');
    share.organisations = [`${random.pick(ORGANISATION_STEMS)}相談支援事業所`];
    if (random.chance(0.5)) share.expiresAt = daysBefore(today, -random.int(60, 700));
    consents.push(share);
  }
  if (random.chance(0.05)) {
    const withdrawn = base([random.pick(home.neighbours)], 'provide');
    withdrawn.withdrawnAt = daysBefore(today, random.int(1, 20));
    consents.push(withdrawn);
  }
  return consents;
}

function generatePlan(random: Random, home: DemoMunicipality, today: string): EvacuationPlan {
  const destination = random.weighted([['home', 4], ['welfare-shelter', 3], ['hospital', 2], ['other', 1]] as const);
  return {
    helpers: Array.from({ length: random.int(1, 2) }, () => ({
      name: `${random.pick(SURNAMES)[0]} ${random.pick(MOTHERS)[0]}`, relation: random.pick(['近隣住民', '親族', '民生委員']),
      phone: phone(random, true),
    })),
    transport: random.pick(['自家用車', '福祉タクシー', '救急車を要請', '近隣の支援者の車']),
    destination,
    destinationName:
      destination === 'welfare-shelter' ? `${home.name}${random.pick(home.towns)}福祉避難所（${random.pick(ORGANISATION_STEMS)}園）`
      : destination === 'hospital' ? `${random.pick(ORGANISATION_STEMS)}こども病院` : '',
    route: `${random.pick(home.towns)}の坂を避け、海沿いの道は津波警報時に使わない`,
    carry: '予備バッテリー、手動式吸引器、経管栄養剤3日分、お薬手帳、蘇生バッグ',
    reviewedAt: random.chance(0.8) ? daysBefore(today, random.int(10, 540)) : null,
  };
}

function generateCase(random: Random, today: string): Case {
  const home = random.weighted(DEMO_MUNICIPALITIES.map((m) => [m, m.weight] as const));
  const sex = random.chance(0.5) ? 'female' : 'male';
  const surname = random.pick(SURNAMES);
  const given = random.pick(sex === 'female' ? GIRLS : BOYS);
  const ageDays = random.int(20, 19 * 365 + 360);
  const age = Math.floor(ageDays / 365.25);
  const careItems = generateCareItems(random, age);
  const isVentilated = careItems.some((item) => item.option === 'ventilator');
  const guardians = [{ name: `${surname[0]} ${random.pick(MOTHERS)[0]}`, relation: '母', phone: phone(random, true) }];
  if (random.chance(0.75)) guardians.push({ name: `${surname[0]} ${random.pick(FATHERS)[0]}`, relation: '父', phone: phone(random, true) });
  const stem = random.pick(ORGANISATION_STEMS);
  return {
    id: random.uuid(), rev: 0, deleted: false, updatedAt: `${today}T00:00:00.000Z`,
    name: `${surname[0]} ${given[0]}`, nameKana: `${surname[1]} ${given[1]}`,
    birthDate: daysBefore(today, ageDays), sex, municipalityCode: home.code,
    postcode: `${random.pick(home.postcodePrefix)}-${String(random.int(0, 9999)).padStart(4, '0')}`,
    address: `${home.name}${random.pick(home.towns)}${random.int(1, 5)}丁目${random.int(1, 30)}-${random.int(1, 20)}`,
    phone: phone(random, false),
    livingSituation: random.weighted([['home', 88], ['hospital', 8], ['facility', 4]] as const),
    school: age >= 6 && age < 18 ? `県立${stem}特別支援学校` : age >= 1 && age < 6 && random.chance(0.4) ? `${stem}保育園` : '',
    meisId: random.chance(0.4) ? `MEIS-DEMO-${random.int(100000, 999999)}` : '',
    guardians,
    siblings: [],
    emergencyContacts: [{ name: `${random.pick(SURNAMES)[0]} ${random.pick(MOTHERS)[0]}`, relation: '祖母', phone: phone(random, true) }],
    careItems,
    ...generateDiagnoses(random),
    devices: generateDevices(random, careItems, today),
    powerPlan: isVentilated ? [{ kind: 'external-battery', note: '' }, { kind: 'car', note: 'シガーソケット用インバーター' }] : [],
    hasResuscitationBag: isVentilated,
    careTeam: [
      { role: 'doctor', name: `${random.pick(ORGANISATION_STEMS)}こども医療センター 小児科`, resourceId: null, phone: phone(random, false) },
      { role: 'home-nurse', name: `訪問看護ステーション${random.pick(ORGANISATION_STEMS)}`, resourceId: null, phone: phone(random, false) },
      { role: 'consultation', name: `${random.pick(ORGANISATION_STEMS)}相談支援事業所`, resourceId: null, phone: phone(random, false) },
    ],
    evacuationPlan: random.chance(isVentilated ? 0.8 : 0.45) ? generatePlan(random, home, today) : null,
    consents: generateConsents(random, home, today),
    notes: '',
  };
}

/** `n` fictitious children of the Yokosuka–Miura area; the same seed (and date) gives the same children. */
export function generateDemoCases(n: number, seed: number, options: DemoOptions = {}): Case[] {
  const random = createRandom(seed);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return Array.from({ length: n }, () => generateCase(random, today));
}
