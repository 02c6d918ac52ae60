import type { ResourceType } from '../schema/resource.ts';

// What a child may need (短期入所, 放課後等デイ …) and which resource types meet each need.

export type NeedDef = {
  label: string;
  types: readonly ResourceType[];
  /** Ages (whole years, inclusive) at which a child can have this need at all. */
  ages: readonly [number, number];
  /** Part of the unmet-needs report's default set (every child of those ages is assumed to need it). */
  isDefault: boolean;
};

export const SERVICE_NEEDS = {
  'short-stay': { label: '短期入所', types: ['short-stay-medical', 'short-stay-welfare'], ages: [0, 19], isDefault: true },
  'home-nursing': { label: '訪問看護', types: ['home-nursing'], ages: [0, 19], isDefault: true },
  'day-development': {
    label: '児童発達支援',
    types: ['child-development', 'medical-child-development', 'home-based-development'],
    ages: [0, 5],
    isDefault: true,
  },
  'after-school': { label: '放課後等デイ', types: ['after-school'], ages: [6, 17], isDefault: true },
  consultation: { label: '相談支援', types: ['consultation'], ages: [0, 19], isDefault: true },
  nursery: { label: '保育所・幼稚園', types: ['nursery'], ages: [0, 5], isDefault: false },
  school: { label: '特別支援学校', types: ['special-school'], ages: [6, 18], isDefault: false },
  doctor: { label: '病院・在宅医', types: ['hospital'], ages: [0, 19], isDefault: false },
  'device-supplier': { label: '医療機器業者', types: ['device-supplier'], ages: [0, 19], isDefault: false },
  shelter: { label: '福祉避難所', types: ['welfare-shelter'], ages: [0, 19], isDefault: false },
} as const satisfies Record<string, NeedDef>;

export type ServiceNeed = keyof typeof SERVICE_NEEDS;
export const SERVICE_NEED_CODES = Object.keys(SERVICE_NEEDS) as ServiceNeed[];
export const DEFAULT_NEEDS: readonly ServiceNeed[] = SERVICE_NEED_CODES.filter((need) => SERVICE_NEEDS[need].isDefault);

/**
 * Types that do not perform care themselves (a 相談支援事業所 plans, a supplier delivers devices), so their
 * `acceptsCareItems` is not a condition for taking the child.
 */
const CARE_FREE_TYPES: ReadonlySet<ResourceType> = new Set(['consultation', 'device-supplier', 'other']);

export function checksCareItems(type: ResourceType): boolean {
  return !CARE_FREE_TYPES.has(type);
}

/**
 * Which of `needs` a child of `age` has, for the unmet-needs report. The default set is an assumption stated
 * in docs/resources-and-matching.md: short stay, home nursing and consultation for every child with medical
 * care, day support before school age and after-school day services during it.
 */
export function needsForAge(age: number, needs: readonly ServiceNeed[] = DEFAULT_NEEDS): ServiceNeed[] {
  return needs.filter((need) => age >= SERVICE_NEEDS[need].ages[0] && age <= SERVICE_NEEDS[need].ages[1]);
}

/** Resource type → need, for the types that meet a need. */
export const NEED_OF_TYPE: ReadonlyMap<ResourceType, ServiceNeed> = new Map(
  SERVICE_NEED_CODES.flatMap((need) => SERVICE_NEEDS[need].types.map((type) => [type, need] as const)),
);
