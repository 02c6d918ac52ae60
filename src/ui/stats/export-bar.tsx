import { useState } from 'preact/hooks';
import { formatStatsCsv } from '../../domain/stats-csv.ts';
import { FIGURE_IDS } from '../../domain/stats.ts';
import type { ExportAudit, StatsPayload } from '../../schema/stats.ts';
import { downloadBytes } from '../resources/download.ts';
import { useSignedInSession } from '../session/session-context.ts';
import { csvFileName, encodeCsv, type CsvEncoding } from './csv-encode.ts';
import { recordExport } from './stats-api.ts';
import { csvLabels } from './stats-labels.ts';
import { ts } from './stats-messages.ts';

/** CSV (UTF-8 with BOM, Shift_JIS) and print; each export is recorded for the audit log first. */
export function ExportBar({ payload }: { payload: StatsPayload }) {
  const session = useSignedInSession();
  const [notice, setNotice] = useState('');
  const audit = (kind: ExportAudit['kind']) =>
    recordExport(session.token, { kind, asOf: payload.report.asOf, source: payload.source, municipalities: payload.report.municipalities });

  async function handleCsv(encoding: CsvEncoding) {
    const kind = encoding === 'utf8-bom' ? 'stats-csv-utf8' : 'stats-csv-sjis';
    await audit(kind);
    const text = formatStatsCsv(payload.report, FIGURE_IDS, csvLabels(payload));
    downloadBytes(await encodeCsv(text, encoding), csvFileName(payload.report.asOf, encoding), 'text/csv');
    setNotice(ts('exported', { what: ts(encoding === 'utf8-bom' ? 'csvUtf8' : 'csvSjis') }));
  }

  async function handlePrint() {
    await audit('stats-print');
    setNotice(ts('exported', { what: ts('print') }));
    window.print();
  }

  return (
    <div class="stats-exports no-print" role="group" aria-label={ts('exports')}>
      <button type="button" class="button" onClick={() => void handleCsv('utf8-bom')}>{ts('csvUtf8')}</button>
      <button type="button" class="button" onClick={() => void handleCsv('shift-jis')}>{ts('csvSjis')}</button>
      <button type="button" class="button" onClick={() => void handlePrint()}>{ts('print')}</button>
      <p class="stats-exports__notice" role="status">{notice}</p>
    </div>
  );
}
