import { CARE_OPTIONS } from '../../src/schema/care-options.ts';
import type { Case } from '../../src/schema/case.ts';
import type { Visit } from '../../src/schema/visit.ts';
import type { DemoOptions } from './demo-cases.ts';
import { STAFF_NAMES } from './names.ts';
import { createRandom, daysBefore, type Random } from './prng.ts';

// Each note opens the way its kind happened: a phone note never says it was a visit, and the other way round.
const OPENINGS: Record<Visit['kind'], readonly string[]> = {
  'home-visit': ['自宅訪問。', '相談支援専門員と同行訪問。', '訪問看護師と同行訪問。'],
  consultation: ['母と面談。', '来所相談。両親と面談。', '母と面談。きょうだいも同席。'],
  phone: ['電話で近況を確認。', '母から電話相談。', '父から電話があり、近況を聞いた。'],
  meeting: ['支援会議に出席。', 'サービス担当者会議に出席。', '移行支援会議に出席。'],
  other: ['関係機関と情報共有。'],
};
/** A child still in hospital is seen on the ward or at a discharge meeting, never visited at home. */
const HOSPITAL_OPENINGS: Partial<Record<Visit['kind'], readonly string[]>> = {
  consultation: ['病棟で母と面談。', '病棟を訪問し、両親と面談。'],
  meeting: ['退院前カンファレンスに出席。', '退院支援会議に出席。'],
};
const KINDS = [['home-visit', 5], ['consultation', 2], ['phone', 2], ['meeting', 1]] as const;
const HOSPITAL_KINDS = [['consultation', 3], ['phone', 2], ['meeting', 2]] as const;

type Line = readonly [text: string, applies: (child: Case, age: number) => boolean];
const always = () => true;
const FINDINGS: readonly Line[] = [
  ['体調は安定している。', always], ['先週発熱があったが解熱した。', always], ['夜間の睡眠が浅く、家族の疲れが見られる。', always],
  ['体重が増えてきている。', always], ['通所先での様子は良好とのこと。', (c) => c.school !== ''],
];
const ACTIONS: readonly Line[] = [
  ['短期入所の利用について情報提供した。', always],
  ['訪問看護の回数を増やす方向で調整する。', (c) => c.careTeam.some((m) => m.role === 'home-nurse')],
  ['次回は1か月後に訪問予定。', (c) => c.livingSituation === 'home'],
  ['個別避難計画の見直しを提案した。', (c) => c.evacuationPlan !== null],
  ['個別避難計画の作成について説明した。', (c) => c.evacuationPlan === null && c.livingSituation === 'home'],
  ['予備バッテリーの交換時期を確認した。', (c) => c.devices.some((d) => d.spareBatteries > 0)],
  ['就学に向けて学校との連絡を始める。', (_c, age) => age >= 4 && age <= 6],
  ['卒業後の進路（生活介護等）について情報提供した。', (_c, age) => age >= 15],
];

const pickLine = (random: Random, lines: readonly Line[], child: Case, age: number) =>
  random.pick(lines.filter(([, applies]) => applies(child, age)))[0];

function writeNote(random: Random, child: Case, kind: Visit['kind'], age: number): string {
  const inHospital = child.livingSituation === 'hospital';
  const care = child.careItems.map((item) => CARE_OPTIONS[item.option].short);
  const careLine = care.length > 0 ? `${random.pick(care)}の手技は家族が${inHospital ? '退院に向けて練習している' : '安定して行えている'}。` : '';
  const opening = random.pick((inHospital ? HOSPITAL_OPENINGS[kind] : undefined) ?? OPENINGS[kind]);
  return `${opening}${pickLine(random, FINDINGS, child, age)}${careLine}${pickLine(random, ACTIONS, child, age)}`;
}

/** A working day (Monday to Friday) on or before `date`: coordinators do not visit at weekends. */
function weekdayOnOrBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? daysBefore(date, 2) : day === 6 ? daysBefore(date, 1) : date;
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * Visit notes for about two thirds of `cases`, one to four each, on working days within the last year and after
 * the child's birth, each child's by the one coordinator who follows them.
 */
export function generateDemoVisits(cases: readonly Case[], seed: number, options: DemoOptions = {}): Visit[] {
  const random = createRandom(seed);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const visits: Visit[] = [];
  for (const child of cases) {
    if (!random.chance(0.66)) continue;
    const count = random.int(1, 4);
    const author = `${random.pick(STAFF_NAMES)}（コーディネーター）`;
    const lifeDays = daysBetween(child.birthDate, today);
    const kinds = child.livingSituation === 'hospital' ? HOSPITAL_KINDS : KINDS;
    for (let i = 0; i < count; i++) {
      // At least three days after the birth, so that moving back to a Friday stays after it.
      const date = weekdayOnOrBefore(daysBefore(today, random.int(1, Math.max(1, Math.min(365, lifeDays - 3)))));
      const time = `${String(random.int(9, 16)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}:00+09:00`;
      const id = random.uuid();
      const kind = random.weighted(kinds);
      const age = Math.floor(daysBetween(child.birthDate, date) / 365.25);
      visits.push({
        id, rev: 0, deleted: false, updatedAt: `${today}T00:00:00.000Z`,
        caseId: child.id,
        at: `${date}T${time}`,
        kind,
        author,
        note: writeNote(random, child, kind, age),
        participants: '', needs: [], followUps: [], correctsVisitId: null, writtenAt: null, correctionReason: '',
      });
    }
  }
  return visits;
}
