import { useState } from 'preact/hooks';
import { todayIso } from '../../domain/dates.ts';
import { DEFAULT_NEEDS, type ServiceNeed } from '../../domain/service-needs.ts';
import type { UnmetReport } from '../../domain/unmet-needs.ts';
import { failureText } from '../i18n/failure-text.ts';
import { compactDate, downloadBytes } from '../resources/download.ts';
import { asCallback, getResourceWorker } from '../resources/resource-worker-client.ts';

export type UnmetSettings = { needs: ServiceNeed[]; includeNeighbours: boolean };

/** Runs the report in the worker with progress, and exports its counts. */
export function useUnmetNeeds() {
  const [settings, setSettings] = useState<UnmetSettings>({ needs: [...DEFAULT_NEEDS], includeNeighbours: true });
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<UnmetReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setError(null);
    setReport(null);
    setProgress({ done: 0, total: 0 });
    try {
      const onProgress = asCallback((done: number, total: number) => setProgress({ done, total }));
      setReport(await getResourceWorker().unmetNeeds(settings, todayIso(), onProgress));
    } catch (caught) {
      setError(failureText(caught));
    } finally {
      setProgress(null);
    }
  }

  async function exportCsv(encoding: 'shift_jis' | 'utf-8') {
    if (!report) return;
    const bytes = await getResourceWorker().exportUnmetNeeds(report, encoding);
    downloadBytes(bytes, `社会資源の不足_${compactDate(todayIso())}_${encoding === 'shift_jis' ? 'sjis' : 'utf8'}.csv`);
  }

  return { settings, setSettings, progress, report, error, run, exportCsv };
}
