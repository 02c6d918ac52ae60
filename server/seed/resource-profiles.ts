import type { CareOptionCode } from '../../src/schema/care-options.ts';
import { WEEKDAYS, type Resource, type ResourceType } from '../../src/schema/resource.ts';
import type { DemoTown } from './towns.ts';
import type { Random } from './prng.ts';

// What each kind of service looks like in a real directory: how it is named, when it is open, what care it takes.

type Weekday = (typeof WEEKDAYS)[number];
type Schedule = { days: readonly Weekday[]; hours: string };
export type Profile = {
  names: readonly ((stem: string, town: string) => string)[];
  model: Resource['model'];
  /** Care every service of the type takes (a 訪問看護 that suctions and tube-feeds), and care only some take. */
  core: readonly CareOptionCode[];
  extra: readonly CareOptionCode[];
  ages: readonly [number, number];
  capacity: readonly [number, number];
  schedules: readonly Schedule[];
  notes?: readonly string[];
  weight: number;
};

const MON_FRI = WEEKDAYS.slice(0, 5);
const MON_SAT = WEEKDAYS.slice(0, 6);
const EVERY_DAY = [...WEEKDAYS];
const HEAVY: readonly CareOptionCode[] = ['ventilator', 'tracheostomy', 'airway', 'tube-intestinal', 'tube-pump', 'cvc', 'glucose', 'injection-sc', 'catheter-intermittent', 'stoma'];
const SHORT_STAY: Schedule = { days: EVERY_DAY, hours: '24時間（入所10:00・退所16:00）' };

export const PROFILES: Record<ResourceType, Profile> = {
  'home-nursing': {
    names: [(s) => `訪問看護ステーション${s}`, (s) => `${s}訪問看護ステーション`, (s) => `${s}訪問看護リハビリステーション`],
    model: 'medical', core: ['suction', 'tube-gastric', 'oxygen', 'nebulizer', 'seizure', 'enema'], extra: HEAVY, ages: [0, 20], capacity: [20, 80],
    schedules: [{ days: MON_FRI, hours: '9:00-18:00（24時間連絡可）' }, { days: MON_SAT, hours: '8:30-17:30（24時間対応）' }, { days: EVERY_DAY, hours: '9:00-18:00（24時間対応）' }],
    weight: 18,
  },
  consultation: {
    names: [(s) => `${s}相談支援事業所`, (s) => `相談支援センター${s}`, (s, t) => `${t}相談支援室${s}`],
    model: 'welfare', core: [], extra: [], ages: [0, 20], capacity: [30, 120],
    schedules: [{ days: MON_FRI, hours: '9:00-17:00' }, { days: MON_FRI, hours: '8:30-17:30' }, { days: MON_SAT, hours: '9:00-18:00' }],
    weight: 12,
  },
  'child-development': {
    names: [(s) => `児童発達支援${s}`, (s) => `こども発達支援ルーム${s}`, (s) => `${s}キッズ`],
    model: 'welfare', core: ['seizure'], extra: ['suction', 'tube-gastric', 'oxygen', 'nebulizer', 'glucose', 'catheter-intermittent', 'enema'], ages: [0, 6], capacity: [10, 20],
    schedules: [{ days: MON_FRI, hours: '9:30-15:00' }, { days: MON_SAT, hours: '10:00-15:30' }],
    weight: 10,
  },
  'medical-child-development': {
    names: [(s) => `医療型児童発達支援センター${s}`, (s) => `${s}療育センター`],
    model: 'medical', core: ['suction', 'tube-gastric', 'oxygen', 'nebulizer', 'seizure', 'tracheostomy'], extra: HEAVY, ages: [0, 6], capacity: [10, 40],
    schedules: [{ days: MON_FRI, hours: '9:00-15:00' }],
    weight: 5,
  },
  'after-school': {
    names: [(s) => `放課後等デイサービス${s}`, (s) => `${s}キッズクラブ`, (s, t) => `放課後等デイ ${s}${t}`],
    model: 'welfare', core: ['seizure'], extra: ['suction', 'tube-gastric', 'oxygen', 'nebulizer', 'glucose', 'catheter-intermittent', 'enema'], ages: [6, 18], capacity: [10, 20],
    schedules: [{ days: MON_SAT, hours: '平日14:00-18:00、土曜・学校休業日10:00-16:00' }, { days: MON_FRI, hours: '14:00-18:00' }],
    weight: 14,
  },
  'home-based-development': {
    names: [(s) => `居宅訪問型児童発達支援${s}`],
    model: 'welfare', core: ['suction', 'tube-gastric', 'seizure'], extra: HEAVY, ages: [0, 18], capacity: [5, 15],
    schedules: [{ days: MON_FRI, hours: '9:00-17:00' }],
    weight: 4,
  },
  'short-stay-medical': {
    names: [(s) => `${s}療育園（医療型短期入所）`, (s) => `${s}病院 医療型短期入所`],
    model: 'medical', core: ['suction', 'tube-gastric', 'tube-pump', 'oxygen', 'nebulizer', 'seizure', 'tracheostomy'], extra: HEAVY, ages: [0, 20], capacity: [2, 10],
    schedules: [SHORT_STAY], notes: ['利用には事前登録（主治医の診療情報提供書）が必要', '空床は月初に翌月分を調整'],
    weight: 6,
  },
  'short-stay-welfare': {
    names: [(s) => `${s}ショートステイ`, (s) => `障害者支援施設${s}の家 短期入所`],
    model: 'welfare', core: ['seizure'], extra: ['suction', 'tube-gastric', 'nebulizer', 'glucose', 'catheter-intermittent', 'enema'], ages: [6, 20], capacity: [2, 8],
    schedules: [SHORT_STAY],
    weight: 5,
  },
  nursery: {
    names: [(s) => `${s}保育園`, (s) => `${s}こども園`],
    model: 'welfare', core: [], extra: ['suction', 'tube-gastric', 'seizure', 'glucose'], ages: [0, 6], capacity: [40, 120],
    schedules: [{ days: MON_SAT, hours: '7:00-19:00' }, { days: MON_SAT, hours: '7:30-18:30' }],
    weight: 8,
  },
  'special-school': {
    names: [(_s, t) => `県立${t}特別支援学校`, (_s, t) => `県立${t}養護学校`],
    model: 'welfare', core: ['suction', 'tube-gastric', 'seizure'], extra: ['tracheostomy', 'oxygen', 'nebulizer', 'glucose', 'catheter-intermittent', 'tube-pump', 'ventilator'], ages: [6, 18], capacity: [100, 300],
    schedules: [{ days: MON_FRI, hours: '8:40-15:00' }], notes: ['スクールバスに看護師同乗の便あり', '医療的ケアは学校看護師が担当'],
    weight: 4,
  },
  hospital: {
    names: [(s) => `${s}総合病院`, (s) => `${s}こどもクリニック`, (s) => `${s}在宅クリニック`],
    model: 'medical', core: ['ventilator', 'tracheostomy', 'oxygen', 'suction', 'tube-gastric', 'seizure'], extra: HEAVY, ages: [0, 20], capacity: [0, 0],
    schedules: [{ days: MON_SAT, hours: '外来8:30-17:00（救急は24時間）' }, { days: MON_FRI, hours: '訪問診療9:00-17:00（24時間往診対応）' }],
    weight: 6,
  },
  'device-supplier': {
    names: [(s) => `${s}メディカルサービス`, (s) => `株式会社${s}医療器`],
    model: 'medical', core: ['ventilator', 'oxygen'], extra: ['suction', 'tube-pump', 'dialysis'], ages: [0, 99], capacity: [0, 0],
    schedules: [{ days: MON_FRI, hours: '9:00-17:30（故障時は24時間対応）' }],
    weight: 4,
  },
  'welfare-shelter': {
    names: [(s) => `特別養護老人ホーム${s}園`, (s) => `障害者支援施設${s}の里`, (_s, t) => `${t}地域福祉センター`],
    model: 'welfare', core: ['suction'], extra: ['tube-gastric', 'seizure', 'oxygen'], ages: [0, 99], capacity: [10, 50],
    schedules: [{ days: EVERY_DAY, hours: '災害時に開設（平時の連絡は9:00-17:00）' }], notes: ['指定福祉避難所', '協定による福祉避難所（市の要請で開設）'],
    weight: 6,
  },
  other: {
    names: [(s) => `${s}家族会`, (s) => `医療的ケア児の親の会「${s}」`],
    model: 'welfare', core: [], extra: [], ages: [0, 20], capacity: [0, 0],
    schedules: [{ days: [], hours: '月1回（土曜午前）' }],
    weight: 2,
  },
};

/** Care a service taking the first item must also handle: whoever manages a ventilator suctions the cannula. */
const IMPLIES: Partial<Record<CareOptionCode, readonly CareOptionCode[]>> = {
  ventilator: ['tracheostomy', 'suction', 'oxygen'],
  tracheostomy: ['suction'],
  'tube-pump': ['tube-gastric'],
  'tube-intestinal': ['tube-gastric'],
  'injection-sc': ['glucose'],
};

/** What a service takes; `givesCare` false for one that only supplies (a 医療機器業者 services the ventilator). */
export function pickAccepts(random: Random, profile: Profile, givesCare: boolean): CareOptionCode[] {
  const extra = random.sample(profile.extra, random.int(Math.min(1, profile.extra.length), profile.extra.length));
  const accepts = new Set<CareOptionCode>([...profile.core, ...extra]);
  if (!givesCare) return [...accepts];
  for (const code of [...accepts]) for (const implied of IMPLIES[code] ?? []) accepts.add(implied);
  return [...accepts];
}

/** A place name for a facility: 公郷町 → 公郷, 南下浦町上宮田 → 上宮田, 米が浜通 → 米が浜, 追浜本町 → 追浜. */
export const shortTownName = (town: DemoTown): string => town.name.replace(/^.+町(?=.)/, '').replace(/(本町|町|通)$/, '');
