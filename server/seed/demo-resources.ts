import { checksCareItems } from '../../src/domain/service-needs.ts';
import { RESOURCE_TYPES, type Resource, type ResourceType } from '../../src/schema/resource.ts';
import { DEMO_HOSPITALS, DEMO_SPECIAL_SCHOOLS, ORGANISATION_STEMS } from './names.ts';
import { DEMO_MUNICIPALITIES, landline, pickMunicipality, pickPlace, type DemoMunicipality } from './places.ts';
import { createRandom, daysBefore, type Random } from './prng.ts';
import { PROFILES, pickAccepts, shortTownName } from './resource-profiles.ts';
import type { DemoOptions } from './demo-cases.ts';

const NURSE_ONLY: ReadonlySet<string> = new Set(['ventilator', 'tracheostomy', 'cvc', 'injection-sc', 'tube-intestinal', 'catheter-intermittent']);
const TYPES = Object.keys(RESOURCE_TYPES) as ResourceType[];
const NAME_TRIES = 4;

/** The named hospitals and schools the children's records mention come first, each in its own municipality. */
const KNOWN: Partial<Record<ResourceType, readonly { name: string; code: string }[]>> = { hospital: DEMO_HOSPITALS, 'special-school': DEMO_SPECIAL_SCHOOLS };

/** Names already given; a directory never lists two services under one name. */
type Names = { used: Set<string>; known: Map<ResourceType, { name: string; code: string }[]> };

function nameResource(random: Random, type: ResourceType, town: string, names: Names): string {
  const known = names.known.get(type)?.shift();
  if (known) return known.name;
  const labels = PROFILES[type].names;
  let name = '';
  for (let i = 0; i < NAME_TRIES; i++) {
    name = random.pick(labels)(random.pick(ORGANISATION_STEMS), town);
    if (!names.used.has(name)) return name;
  }
  // Thousands of resources (the bench) outrun the stems: number the branches as chains do.
  for (let n = 2; ; n++) if (!names.used.has(`${name} 第${n}事業所`)) return `${name} 第${n}事業所`;
}

function homeOf(random: Random, type: ResourceType, names: Names): DemoMunicipality {
  const known = names.known.get(type)?.[0];
  return known ? DEMO_MUNICIPALITIES.find((m) => m.code === known.code)! : pickMunicipality(random);
}

function generateResource(random: Random, type: ResourceType, today: string, names: Names): Resource {
  const profile = PROFILES[type];
  const home = homeOf(random, type, names);
  const place = pickPlace(random, home);
  const name = nameResource(random, type, shortTownName(place.town), names);
  names.used.add(name);
  const accepts = pickAccepts(random, profile, checksCareItems(type));
  const capacity = random.int(...profile.capacity);
  const schedule = random.pick(profile.schedules);
  return {
    id: random.uuid(), rev: 0, deleted: false, updatedAt: `${today}T00:00:00.000Z`,
    name, type, municipalityCode: home.code, model: profile.model,
    acceptsCareItems: accepts,
    nurseOnlyItems: accepts.filter((code) => NURSE_ONLY.has(code)),
    ageMin: profile.ages[0], ageMax: profile.ages[1],
    capacity, vacancy: capacity === 0 ? 0 : random.int(0, Math.ceil(capacity / 5)),
    vacancyConfirmedAt: capacity === 0 ? null : daysBefore(today, random.int(0, 90)),
    days: [...schedule.days], hours: schedule.hours,
    serviceArea: [home.code, ...random.sample(home.neighbours, random.int(0, home.neighbours.length))],
    pickUp: type === 'after-school' || type === 'child-development' || type === 'medical-child-development' ? random.chance(0.7) : false,
    address: place.address, lat: place.lat, lng: place.lng,
    phone: landline(random, home),
    contactName: '',
    notes: profile.notes ? random.pick(profile.notes) : '',
  };
}

/** `n` fictitious resources; every RESOURCE_TYPES entry appears once before the rest follow by weight. */
export function generateDemoResources(n: number, seed: number, options: DemoOptions = {}): Resource[] {
  const random = createRandom(seed);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const weights = TYPES.map((type) => [type, PROFILES[type].weight] as const);
  const names: Names = { used: new Set(), known: new Map(Object.entries(KNOWN).map(([type, list]) => [type as ResourceType, [...list]])) };
  return Array.from({ length: n }, (_, i) =>
    generateResource(random, i < TYPES.length ? TYPES[i]! : random.weighted(weights), today, names),
  );
}
