import { csvField } from '../../domain/stats-csv.ts';
import type { TriagedCase } from '../../domain/triage.ts';
import type { SafetyCheck } from '../../schema/safety-check.ts';
import { downloadBytes } from '../resources/download.ts';
import { encodeCsv } from '../stats/csv-encode.ts';
import { careShort, contactsOf, destinationText, deviceText, helpersText, lastCheckText } from './disaster-format.ts';
import { dt } from './disaster-messages.ts';

const COLUMNS = ['no', 'name', 'address', 'care', 'contact', 'plan', 'status', 'check', 'time', 'memo'] as const;

/** The printed list as CSV text (the same columns, the pen columns left empty). */
export function buildDisasterCsv(list: readonly TriagedCase[], latest: ReadonlyMap<string, SafetyCheck>): string {
  const lines = [COLUMNS.map((col) => csvField(dt(`col.${col}`))).join(',')];
  list.forEach((item, index) => {
    const { record } = item;
    const cells = [
      index + 1, `${record.name}（${dt('age', { age: item.age })}）`, record.address,
      `${careShort(record)} ${item.devices.map(deviceText).join(' / ')}`,
      contactsOf(record).map((c) => `${c.label} ${c.phone}`).join(' / '),
      `${helpersText(record)} ${destinationText(record)}`, lastCheckText(latest.get(record.id)), '', '', '',
    ];
    lines.push(cells.map(csvField).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** Shift_JIS for Excel on the municipality's PCs; made on the tablet, offline too. */
export async function downloadDisasterCsv(list: readonly TriagedCase[], latest: ReadonlyMap<string, SafetyCheck>, date: string): Promise<void> {
  const bytes = await encodeCsv(buildDisasterCsv(list, latest), 'shift-jis');
  downloadBytes(bytes, `tsunagu-disaster-${date}-sjis.csv`);
}
