import { useState } from 'preact/hooks';
import { todayIso } from '../../domain/dates.ts';
import { failureText } from '../i18n/failure-text.ts';
import { t } from '../i18n/i18n.ts';
import { compactDate, downloadBytes } from './download.ts';
import { rt } from './resource-messages.ts';
import { getResourceWorker } from './resource-worker-client.ts';

/** Exports the directory as CSV in the two encodings prefecture staff use. */
export function ExportButtons() {
  const [error, setError] = useState<string | null>(null);

  async function handleExport(encoding: 'shift_jis' | 'utf-8') {
    setError(null);
    try {
      const bytes = await getResourceWorker().exportResources(encoding);
      const suffix = encoding === 'shift_jis' ? 'sjis' : 'utf8';
      downloadBytes(bytes, `地域資源_${compactDate(todayIso())}_${suffix}.csv`);
    } catch (caught) {
      setError(failureText(caught));
    }
  }

  return (
    <div class="export-buttons" role="group" aria-label={rt('list.export')}>
      <span>{rt('list.export')}:</span>
      <button type="button" class="button button--small" onClick={() => void handleExport('shift_jis')}>{rt('list.exportSjis')}</button>
      <button type="button" class="button button--small" onClick={() => void handleExport('utf-8')}>{rt('list.exportUtf8')}</button>
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
