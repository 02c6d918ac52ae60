import { SERVICE_NEED_CODES } from '../../domain/service-needs.ts';
import { serviceNeedLabel } from '../resources/resource-labels.ts';
import { useMunicipalityNames } from '../municipalities/use-municipalities.ts';
import { CheckboxGroup } from '../resources/form-controls.tsx';
import { ut } from './unmet-messages.ts';
import { UnmetTable } from './unmet-table.tsx';
import { useUnmetNeeds } from './use-unmet-needs.ts';
import '../resources/resources.css';

const NEED_CHOICES = SERVICE_NEED_CODES.map((need) => ({ value: need, get label() { return serviceNeedLabel(need); } }));

/** 社会資源の不足 by municipality and service, computed in the worker with progress; exportable as counts. */
export function UnmetScreen() {
  const { settings, setSettings, progress, report, error, run, exportCsv } = useUnmetNeeds();
  const nameOf = useMunicipalityNames();
  const gaps = report?.groups.filter((g) => g.unmet.length > 0).length ?? 0;

  return (
    <section class="unmet-screen" aria-labelledby="unmet-title">
      <h1 id="unmet-title">{ut('title')}</h1>
      <p class="muted">{ut('lead')}</p>
      <div class="card">
        <CheckboxGroup legend={ut('needs')} name="unmet-needs" options={NEED_CHOICES} selected={settings.needs}
          onChange={(needs) => setSettings({ ...settings, needs })} />
        <label class="check">
          <input type="checkbox" checked={settings.includeNeighbours}
            onChange={(e) => setSettings({ ...settings, includeNeighbours: e.currentTarget.checked })} />
          {ut('neighbours')}
        </label>
        <div class="actions">
          <button type="button" class="button button--primary" disabled={progress !== null || settings.needs.length === 0} onClick={() => void run()}>
            {ut('run')}
          </button>
        </div>
      </div>
      {progress && (
        <div role="status">
          <label for="unmet-progress">{ut('running', { done: progress.done, total: progress.total || '…' })}</label>
          <progress id="unmet-progress" max={progress.total || 1} value={progress.done} aria-label={ut('progress')} />
        </div>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {report && (
        <>
          <p role="status" data-testid="unmet-summary">{ut('children', { n: report.children })}</p>
          <div class="export-buttons" role="group" aria-label={ut('export')}>
            <span>{ut('export')}:</span>
            <button type="button" class="button button--small" onClick={() => void exportCsv('shift_jis')}>{ut('exportSjis')}</button>
            <button type="button" class="button button--small" onClick={() => void exportCsv('utf-8')}>{ut('exportUtf8')}</button>
          </div>
          {gaps === 0 && <p>{ut('none')}</p>}
          <UnmetTable groups={report.groups} nameOf={nameOf} />
        </>
      )}
    </section>
  );
}
