import type { CareOptionCode } from '../../src/schema/care-options.ts';
import { RESOURCE_TYPES, WEEKDAYS, type Resource, type ResourceType } from '../../src/schema/resource.ts';
import { ORGANISATION_STEMS } from './names.ts';
import { DEMO_MUNICIPALITIES } from './places.ts';
import { createRandom, daysBefore, type Random } from './prng.ts';
import type { DemoOptions } from './demo-cases.ts';

type Profile = {
  label: (stem: string, town: string) => string;
  model: Resource['model'];
  accepts: readonly CareOptionCode[];
  ages: readonly [number, number];
  capacity: readonly [number, number];
  weight: number;
};

const HEAVY: readonly CareOptionCode[] = ['ventilator', 'tracheostomy', 'oxygen', 'suction', 'tube-gastric', 'tube-intestinal', 'tube-pump', 'cvc', 'seizure', 'nebulizer', 'glucose', 'injection-sc', 'catheter-intermittent', 'stoma', 'enema'];
const LIGHT: readonly CareOptionCode[] = ['suction', 'tube-gastric', 'seizure', 'nebulizer', 'glucose', 'catheter-intermittent', 'enema'];
const NURSE_ONLY: ReadonlySet<CareOptionCode> = new Set(['ventilator', 'tracheostomy', 'cvc', 'injection-sc', 'tube-intestinal', 'catheter-intermittent']);

const PROFILES: Record<ResourceType, Profile> = {
  'home-nursing': { label: (s) => `訪問看護ステーション${s}`, model: 'medical', accepts: HEAVY, ages: [0, 20], capacity: [20, 80], weight: 18 },
  consultation: { label: (s, t) => `${s}${t}相談支援事業所`, model: 'welfare', accepts: [], ages: [0, 20], capacity: [30, 120], weight: 12 },
  'child-development': { label: (s) => `児童発達支援${s}`, model: 'welfare', accepts: LIGHT, ages: [0, 6], capacity: [10, 20], weight: 10 },
  'medical-child-development': { label: (s) => `医療型児童発達支援センター${s}`, model: 'medical', accepts: HEAVY, ages: [0, 6], capacity: [10, 40], weight: 5 },
  'after-school': { label: (s) => `放課後等デイサービス${s}`, model: 'welfare', accepts: LIGHT, ages: [6, 18], capacity: [10, 20], weight: 14 },
  'home-based-development': { label: (s) => `居宅訪問型児童発達支援${s}`, model: 'welfare', accepts: HEAVY, ages: [0, 18], capacity: [5, 15], weight: 4 },
  'short-stay-medical': { label: (s) => `${s}医療型短期入所`, model: 'medical', accepts: HEAVY, ages: [0, 20], capacity: [2, 10], weight: 6 },
  'short-stay-welfare': { label: (s) => `${s}短期入所`, model: 'welfare', accepts: LIGHT, ages: [6, 20], capacity: [2, 8], weight: 5 },
  nursery: { label: (s) => `${s}保育園`, model: 'welfare', accepts: ['suction', 'tube-gastric', 'seizure', 'glucose'], ages: [0, 6], capacity: [40, 120], weight: 8 },
  'special-school': { label: (s, t) => `県立${s}${t}特別支援学校`, model: 'welfare', accepts: LIGHT, ages: [6, 18], capacity: [100, 300], weight: 4 },
  hospital: { label: (s) => `${s}こども医療センター`, model: 'medical', accepts: HEAVY, ages: [0, 20], capacity: [0, 0], weight: 6 },
  'device-supplier': { label: (s) => `${s}メディカルサービス`, model: 'medical', accepts: ['ventilator', 'oxygen', 'suction', 'tube-pump', 'dialysis'], ages: [0, 99], capacity: [0, 0], weight: 4 },
  'welfare-shelter': { label: (s, t) => `${t}福祉避難所（${s}園）`, model: 'welfare', accepts: ['suction', 'tube-gastric', 'seizure', 'oxygen'], ages: [0, 99], capacity: [10, 50], weight: 6 },
  other: { label: (s) => `${s}家族会`, model: 'welfare', accepts: [], ages: [0, 20], capacity: [0, 0], weight: 2 },
};
const TYPES = Object.keys(RESOURCE_TYPES) as ResourceType[];

function generateResource(random: Random, type: ResourceType, today: string): Resource {
  const profile = PROFILES[type];
  const home = random.weighted(DEMO_MUNICIPALITIES.map((m) => [m, m.weight] as const));
  const town = random.pick(home.towns);
  const accepts = random.sample(profile.accepts, random.int(Math.min(2, profile.accepts.length), profile.accepts.length));
  const capacity = random.int(...profile.capacity);
  return {
    id: random.uuid(), rev: 0, deleted: false, updatedAt: `${today}T00:00:00.000Z`,
    name: `${profile.label(random.pick(ORGANISATION_STEMS), town)}`,
    type, municipalityCode: home.code, model: profile.model,
    acceptsCareItems: accepts,
    nurseOnlyItems: accepts.filter((code) => NURSE_ONLY.has(code)),
    ageMin: profile.ages[0], ageMax: profile.ages[1],
    capacity, vacancy: capacity === 0 ? 0 : random.int(0, Math.ceil(capacity / 5)),
    vacancyConfirmedAt: capacity === 0 ? null : daysBefore(today, random.int(0, 90)),
    days: type === 'hospital' || type === 'welfare-shelter' ? [...WEEKDAYS] : random.pick([WEEKDAYS.slice(0, 5), WEEKDAYS.slice(0, 6)]),
    hours: type === 'after-school' ? '14:00-18:00' : random.pick(['9:00-17:00', '8:30-17:30', '9:00-18:00']),
    serviceArea: [home.code, ...random.sample(home.neighbours, random.int(0, home.neighbours.length))],
    pickUp: type === 'after-school' || type === 'child-development' ? random.chance(0.7) : false,
    address: `${home.name}${town}${random.int(1, 5)}丁目${random.int(1, 30)}-${random.int(1, 20)}`,
    // Fictitious coordinates in a box over the peninsula, not the real places.
    lat: Math.round((35.2 + random.next() * 0.15) * 1e5) / 1e5,
    lng: Math.round((139.6 + random.next() * 0.1) * 1e5) / 1e5,
    phone: `046-000-${random.int(1000, 9999)}`,
    contactName: '',
    notes: '',
  };
}

/** `n` fictitious resources; every RESOURCE_TYPES entry appears once before the rest follow by weight. */
export function generateDemoResources(n: number, seed: number, options: DemoOptions = {}): Resource[] {
  const random = createRandom(seed);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const weights = TYPES.map((type) => [type, PROFILES[type].weight] as const);
  return Array.from({ length: n }, (_, i) =>
    generateResource(random, i < TYPES.length ? TYPES[i]! : random.weighted(weights), today),
  );
}
