import { csvField } from '../../domain/stats-csv.ts';
import type { TriagedCase } from '../../domain/triage.ts';
import type { DisasterCase } from '../../schema/disaster-event.ts';
import type { SafetyCheck } from '../../schema/safety-check.ts';
import { downloadBytes } from '../resources/download.ts';
import { encodeCsv } from '../stats/csv-encode.ts';
import { careShort, contactsOf, destinationText, devicesText, helpersText, lastCheckText, noteText } from './disaster-format.ts';
import { dt } from './disaster-messages.ts';

const COLUMNS = ['no', 'name', 'address', 'care', 'contact', 'plan', 'status', 'check', 'time', 'memo'] as const;

type Checks = ReadonlyMap<string, SafetyCheck>;
type Records = ReadonlyMap<string, DisasterCase>;

/** 支援者・避難先 in one cell, each named: 「支援者: 架空 一郎 090-… ／ 避難先: 自宅」 (自宅 read as a phone label). */
function planText(record: DisasterCase | undefined, row: TriagedCase['row']): string {
  const helpers = helpersText(record);
  return `${helpers ? `${dt('helpers')}: ${helpers} ／ ` : ''}${dt('destination')}: ${destinationText(row)}`;
}

/** The printed list as CSV text (the same columns; 確認 and 時刻 left empty for pen, メモ the latest note). */
export function buildDisasterCsv(list: readonly TriagedCase[], records: Records, latest: Checks, notes: Checks): string {
  const lines = [COLUMNS.map((col) => csvField(dt(`col.${col}`))).join(',')];
  list.forEach((item, index) => {
    const { row } = item;
    const record = records.get(row.id);
    const cells = [
      index + 1, `${row.name}（${dt('age', { age: item.age })}）`, row.address,
      `${careShort(row)} ${devicesText(item)}`,
      contactsOf(record).map((c) => `${c.label} ${c.phone}`).join(' / '),
      planText(record, row), lastCheckText(latest.get(row.id)), '', '', noteText(notes.get(row.id)),
    ];
    lines.push(cells.map(csvField).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** Shift_JIS for Excel on the municipality's PCs; made on the tablet, offline too. */
export async function downloadDisasterCsv(list: readonly TriagedCase[], records: Records, latest: Checks, notes: Checks, date: string): Promise<void> {
  const bytes = await encodeCsv(buildDisasterCsv(list, records, latest, notes), 'shift-jis');
  downloadBytes(bytes, `tsunagu-disaster-${date}-sjis.csv`);
}
