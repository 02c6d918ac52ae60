import { defineMessages } from '../i18n/i18n.ts';

export const ut = defineMessages({
  ja: {
    title: '社会資源の不足', lead: '市区町村とサービスごとに、届く範囲のどの資源も受け入れられない子どもを数えます（協議の場・自立支援協議会の資料に）。',
    needs: '集計するサービス', neighbours: '隣接する市町の資源も届く範囲に含める', run: '集計する', running: '集計中… {done} / {total}人',
    progress: '集計の進み具合', children: '{n}人を集計しました', area: '市区町村', service: 'サービス', needing: '対象児',
    unmet: '不足', rate: '不足率', lacking: '受け入れ先のないケア', who: '該当する子ども', none: '不足はありません。',
    export: '集計をCSVに書き出す（氏名は含みません）', exportSjis: 'Excel用（Shift_JIS）', exportUtf8: 'UTF-8（BOM付き）',
    'reason.none-in-reach': '届く範囲に事業所なし', 'reason.age': '対象年齢の事業所なし', 'reason.care': '受け入れていないケア: {items}',
    'reason.care-combination': '各ケアの受け入れ先はあるが、すべてを受ける事業所なし', age: '{n}歳',
  },
  en: {
    title: 'Unmet needs', lead: 'Per municipality and service, the children no reachable resource can take (evidence for the regional meetings).',
    needs: 'Services to count', neighbours: 'Count resources in neighbouring towns as reachable', run: 'Count', running: 'Counting… {done} / {total}',
    progress: 'Progress', children: '{n} children counted', area: 'Municipality', service: 'Service', needing: 'Children',
    unmet: 'Unmet', rate: 'Rate', lacking: 'Care nobody accepts', who: 'Children', none: 'No unmet needs.',
    export: 'Export counts as CSV (no names)', exportSjis: 'For Excel (Shift_JIS)', exportUtf8: 'UTF-8 (with BOM)',
    'reason.none-in-reach': 'No provider within reach', 'reason.age': 'No provider for this age', 'reason.care': 'Not accepted: {items}',
    'reason.care-combination': 'Each item is accepted somewhere, but no one provider takes them all', age: 'age {n}',
  },
});
