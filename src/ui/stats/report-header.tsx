import { formatDate } from '../format/format-date.ts';
import type { StatsPayload } from '../../schema/stats.ts';
import { scopeLabel } from './stats-labels.ts';
import { ts } from './stats-messages.ts';

/** Date, scope, source and the suppression legend: on screen, and at the top of every printed report. */
export function ReportHeader({ payload, userName }: { payload: StatsPayload; userName: string }) {
  const { report } = payload;
  return (
    <div class="stats-header card" data-testid="stats-header">
      <dl class="stats-header__facts">
        <div><dt>{ts('asOf')}</dt><dd data-testid="stats-as-of">{formatDate(report.asOf)}</dd></div>
        <div><dt>{ts('scope')}</dt><dd data-testid="stats-scope">{scopeLabel(payload) || '—'}</dd></div>
        <div><dt>{ts('source')}</dt><dd>{ts(payload.source === 'device' ? 'sourceDevice' : 'sourceServer')}</dd></div>
        <div><dt>{ts('counted')}</dt><dd data-testid="stats-counted">{String(report.counted)}</dd></div>
        <div><dt>{ts('excluded')}</dt><dd>{String(report.excludedAdults)}</dd></div>
        <div class="print-only"><dt>{ts('printedBy')}</dt><dd>{userName}</dd></div>
      </dl>
      <p class="stats-header__legend">{ts('legend')}</p>
    </div>
  );
}
