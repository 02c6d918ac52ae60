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
const KINDS = [['home-visit', 5], ['consultation', 2], ['phone', 2], ['meeting', 1]] as const;
const FINDINGS = [
  '体調は安定している。', '先週発熱があったが解熱した。', '夜間の睡眠が浅く、家族の疲れが見られる。',
  '体重が増えてきている。', '通所先での様子は良好とのこと。',
];
const ACTIONS = [
  '短期入所の利用について情報提供した。', '訪問看護の回数を増やす方向で調整する。', '次回は1か月後に訪問予定。',
  '個別避難計画の見直しを提案した。', '予備バッテリーの交換時期を確認した。', '就学に向けて学校との連絡を始める。',
];

function writeNote(random: Random, child: Case, kind: Visit['kind']): string {
  const care = child.careItems.map((item) => CARE_OPTIONS[item.option].short);
  const careLine = care.length > 0 ? `${random.pick(care)}の手技は家族が安定して行えている。` : '';
  return `${random.pick(OPENINGS[kind])}${random.pick(FINDINGS)}${careLine}${random.pick(ACTIONS)}`;
}

/** Visit notes for about two thirds of `cases`, one to four each, within the last year. */
export function generateDemoVisits(cases: readonly Case[], seed: number, options: DemoOptions = {}): Visit[] {
  const random = createRandom(seed);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const visits: Visit[] = [];
  for (const child of cases) {
    if (!random.chance(0.66)) continue;
    const count = random.int(1, 4);
    for (let i = 0; i < count; i++) {
      const date = daysBefore(today, random.int(1, 365));
      const time = `${String(random.int(9, 17)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}:00+09:00`;
      const id = random.uuid();
      const kind = random.weighted(KINDS);
      const author = `${random.pick(STAFF_NAMES)}（コーディネーター）`;
      visits.push({
        id, rev: 0, deleted: false, updatedAt: `${today}T00:00:00.000Z`,
        caseId: child.id,
        at: `${date}T${time}`,
        kind,
        author,
        note: writeNote(random, child, kind),
        participants: '', needs: [], followUps: [], correctsVisitId: null, writtenAt: null, correctionReason: '',
      });
    }
  }
  return visits;
}
