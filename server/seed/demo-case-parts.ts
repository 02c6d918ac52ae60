import type { CareSelection } from '../../src/schema/care-items.ts';
import type { CareTeamMember, Consent, Device, EvacuationPlan } from '../../src/schema/case.ts';
import { DEMO_HOSPITALS, DEMO_SPECIAL_SCHOOLS, MOTHERS, ORGANISATION_STEMS, STAFF_NAMES, SURNAMES } from './names.ts';
import { DEMO_MUNICIPALITIES, landline, mobile, type DemoMunicipality } from './places.ts';
import { daysBefore, type Random } from './prng.ts';
import type { DemoTown } from './towns.ts';

// Parts of a demo child that must agree with the rest of the record: dates after the birth, a school that fits
// the school year, a team and an evacuation plan that follow from the care and devices.

/** A date within the child's life: never before the birth (`ageDays` ago), never before `minDays` ago either. */
export const dateInLife = (random: Random, today: string, ageDays: number, minDays: number, maxDays: number) =>
  daysBefore(today, random.int(Math.min(minDays, ageDays), Math.min(maxDays, ageDays)));

/** Years of school a child has started by `today` (Japan: April–March; those born 2 April–1 April share a year). */
export function schoolYearsStarted(birthDate: string, today: string): number {
  const schoolYear = Number(today.slice(0, 4)) - (today.slice(5) < '04-01' ? 1 : 0);
  const birthYear = Number(birthDate.slice(0, 4)) - (birthDate.slice(5) < '04-02' ? 1 : 0);
  return schoolYear - birthYear - 6;
}

const municipalityOf = (code: string) => DEMO_MUNICIPALITIES.find((m) => m.code === code)!;

/** 小学部 (years 1–6) to 高等部 (10–12) of the area's special school; some in an ordinary school, some taught at home. */
export function pickSchool(random: Random, home: DemoMunicipality, years: number, isVentilated: boolean): string {
  if (years < 1 || years > 12) return '';
  const department = years <= 6 ? '小学部' : years <= 9 ? '中学部' : '高等部';
  const roll = random.next();
  if (years <= 9 && roll < 0.15) return `${home.name}立${random.pick(ORGANISATION_STEMS)}${years <= 6 ? '小' : '中'}学校（特別支援学級）`;
  const local = DEMO_SPECIAL_SCHOOLS.filter((s) => s.code === home.code || home.neighbours.includes(s.code));
  const school = local.find((s) => s.code === home.code) ?? random.pick(local);
  return `${school.name} ${department}${roll > (isVentilated ? 0.7 : 0.92) ? '（訪問教育）' : ''}`;
}

/** The child's hospital: in their municipality or a neighbouring one, as families choose. */
export function pickHospital(random: Random, home: DemoMunicipality) {
  const near = DEMO_HOSPITALS.filter((h) => h.code === home.code || home.neighbours.includes(h.code));
  return random.pick(near.length > 0 ? near : DEMO_HOSPITALS);
}

/**
 * Share of children with a 相談支援専門員, by age. An assumption (DOMAIN.md and the seed papers give no figure):
 * surveys find well under all children have one — many families write their own plan (セルフプラン), and an
 * infant just home from the NICU often uses no welfare service yet.
 */
export const consultationShare = (age: number) => (age < 1 ? 0.25 : age < 6 ? 0.55 : 0.65);

export function generateCareTeam(random: Random, home: DemoMunicipality, age: number, hospital: { name: string; code: string }, devices: readonly Device[]): CareTeamMember[] {
  const team: CareTeamMember[] = [
    { role: 'doctor', name: `${hospital.name} 小児科`, resourceId: null, phone: landline(random, municipalityOf(hospital.code)) },
  ];
  if (random.chance(0.8)) team.push({ role: 'home-nurse', name: `訪問看護ステーション${random.pick(ORGANISATION_STEMS)}`, resourceId: null, phone: landline(random, home) });
  if (random.chance(consultationShare(age))) team.push({ role: 'consultation', name: `${random.pick(ORGANISATION_STEMS)}相談支援事業所`, resourceId: null, phone: landline(random, home) });
  if (devices.some((d) => d.needsPower)) team.push({ role: 'device-supplier', name: `${random.pick(ORGANISATION_STEMS)}メディカルサービス`, resourceId: null, phone: landline(random, home) });
  return team;
}

export function generateConsents(random: Random, home: DemoMunicipality, today: string, ageDays: number): Consent[] {
  const consents: Consent[] = [];
  const base = (areas: string[], kind: Consent['kind']): Consent => ({
    id: random.uuid(), kind, areas, organisations: [], date: dateInLife(random, today, ageDays, 30, 1400),
    explainedBy: `${random.pick(STAFF_NAMES)}（コーディネーター）`, expiresAt: null, withdrawnAt: null,
    documentRef: `同意書-${random.int(1000, 9999)}`,
  });
  if (random.chance(0.9)) consents.push(base([home.code], 'use'));
  // 市町を越えた連携: a share with a neighbouring town, e.g. for a day service across the border.
  if (random.chance(0.15)) {
    const share = base([random.pick(home.neighbours)], 'provide');
    share.organisations = [`${random.pick(ORGANISATION_STEMS)}相談支援事業所`];
    // Some run out within the month, so the reminders and the 同意期限 figure have something to show.
    if (random.chance(0.5)) share.expiresAt = daysBefore(today, -(random.chance(0.2) ? random.int(3, 30) : random.int(60, 700)));
    consents.push(share);
  }
  if (random.chance(0.05)) {
    const withdrawn = base([random.pick(home.neighbours)], 'provide');
    const recent = daysBefore(today, random.int(1, 20));
    withdrawn.withdrawnAt = recent < withdrawn.date ? withdrawn.date : recent;
    consents.push(withdrawn);
  }
  return consents;
}

/** What to take when leaving home: only what this child uses. */
function carryList(items: readonly CareSelection[], devices: readonly Device[], hasBag: boolean): string {
  const has = (type: Device['type']) => devices.some((d) => d.type === type);
  const care = new Set(items.map((i) => i.option));
  const list = [
    has('ventilator') && '人工呼吸器の予備バッテリー・回路',
    has('suction') && '手動式吸引器・吸引カテーテル',
    care.has('tracheostomy') && '予備の気管カニューレ',
    has('oxygen-concentrator') && '携帯用酸素ボンベ',
    (care.has('tube-gastric') || care.has('tube-intestinal')) && '経管栄養剤3日分・注入セット',
    has('feeding-pump') && '注入ポンプの充電器',
    care.has('glucose') && '血糖測定器・インスリン',
    hasBag && '蘇生バッグ',
    'お薬手帳・お薬3日分', '緊急時連絡カード',
  ];
  return list.filter(Boolean).join('、');
}

export function generatePlan(random: Random, context: {
  home: DemoMunicipality; town: DemoTown; today: string; ageDays: number; hospital: string;
  items: readonly CareSelection[]; devices: readonly Device[]; hasBag: boolean;
}): EvacuationPlan {
  const { home, town, today, ageDays } = context;
  const destination = random.weighted([['home', 4], ['welfare-shelter', 3], ['hospital', 2], ['other', 1]] as const);
  return {
    helpers: Array.from({ length: random.int(1, 2) }, () => ({
      name: `${random.pick(SURNAMES)[0]} ${random.pick(MOTHERS)[0]}`, relation: random.pick(['近隣住民', '親族', '民生委員']),
      phone: mobile(random),
    })),
    transport: random.pick(['自家用車', '福祉タクシー', '救急車を要請', '近隣の支援者の車']),
    destination,
    destinationName:
      destination === 'welfare-shelter' ? `${home.name}の福祉避難所（${random.pick(ORGANISATION_STEMS)}園）`
      : destination === 'hospital' ? context.hospital : destination === 'other' ? '祖父母宅' : '',
    route: `${town.name}の坂を避け、海沿いの道は津波警報時に使わない`,
    carry: carryList(context.items, context.devices, context.hasBag),
    reviewedAt: random.chance(0.8) ? dateInLife(random, today, ageDays, 10, 540) : null,
  };
}
