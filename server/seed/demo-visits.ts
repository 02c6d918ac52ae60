import { CARE_OPTIONS } from '../../src/schema/care-options.ts';
import type { Case } from '../../src/schema/case.ts';
import type { Visit } from '../../src/schema/visit.ts';
import type { DemoOptions } from './demo-cases.ts';
import { STAFF_NAMES } from './names.ts';
import { createRandom, daysBefore, type Random } from './prng.ts';

const OPENINGS = ['自宅訪問。', '母と面談。', '電話で近況を確認。', '支援会議に出席。', '相談支援専門員と同行訪問。'];
const FINDINGS = [
  '体調は安定している。', '先週発熱があったが解熱した。', '夜間の睡眠が浅く、家族の疲れが見られる。',
  '体重が増えてきている。', '通所先での様子は良好とのこと。',
];
const ACTIONS = [
  '短期入所の利用について情報提供した。', '訪問看護の回数を増やす方向で調整する。', '次回は1か月後に訪問予定。',
  '個別避難計画の見直しを提案した。', '予備バッテリーの交換時期を確認した。', '就学に向けて学校との連絡を始める。',
];

function writeNote(random: Random, child: Case): string {
  const care = child.careItems.map((item) => CARE_OPTIONS[item.option].short);
  const careLine = care.length > 0 ? `${random.pick(care)}の手技は家族が安定して行えている。` : '';
  return `${random.pick(OPENINGS)}${random.pick(FINDINGS)}${careLine}${random.pick(ACTIONS)}`;
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
      visits.push({
        id: random.uuid(), rev: 0, deleted: false, updatedAt: `${today}T00:00:00.000Z`,
        caseId: child.id,
        at: `${date}T${time}`,
        kind: random.weighted([['home-visit', 5], ['consultation', 2], ['phone', 2], ['meeting', 1]] as const),
        author: `${random.pick(STAFF_NAMES)}（コーディネーター）`,
        note: writeNote(random, child),
        participants: '', needs: [], followUps: [], correctsVisitId: null, writtenAt: null, correctionReason: '',
      });
    }
  }
  return visits;
}
