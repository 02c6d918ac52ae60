import { CARE_OPTIONS, type CareOptionCode } from '../schema/care-options.ts';
import { formatCsv } from './csv-text.ts';
import { SERVICE_NEEDS } from './service-needs.ts';
import type { UnmetGroup, UnmetReport } from './unmet-needs.ts';

const HEADER = ['市区町村コード', '市区町村', 'サービス', '対象児数', '不足児数', '不足率(%)', '受け入れ先のない医療的ケア', '圏内に事業所なし', '年齢が合わない'];

function summariseReasons(group: UnmetGroup) {
  const items = new Map<CareOptionCode, number>();
  let noneInReach = 0;
  let age = 0;
  for (const row of group.unmet) {
    if (row.reason.code === 'none-in-reach') noneInReach += 1;
    if (row.reason.code === 'age') age += 1;
    if (row.reason.code === 'care') for (const item of row.reason.items) items.set(item, (items.get(item) ?? 0) + 1);
  }
  const itemText = [...items].sort((a, b) => b[1] - a[1]).map(([item, n]) => `${CARE_OPTIONS[item].short} ${n}人`).join('、');
  return { itemText, noneInReach, age };
}

/**
 * The unmet-needs report for the regional meeting (協議の場): counts per municipality and service only —
 * never children's names, which stay on the coordinator's tablet.
 */
export function formatUnmetNeedsCsv(report: UnmetReport, nameOf: (code: string) => string): string {
  const rows = report.groups.map((group) => {
    const { itemText, noneInReach, age } = summariseReasons(group);
    const rate = group.needing === 0 ? 0 : Math.round((group.unmet.length / group.needing) * 1000) / 10;
    return [group.municipalityCode, nameOf(group.municipalityCode), SERVICE_NEEDS[group.need].label, String(group.needing),
      String(group.unmet.length), String(rate), itemText, String(noneInReach), String(age)];
  });
  return formatCsv([HEADER, ...rows]);
}
