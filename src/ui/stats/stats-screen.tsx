import { useEffect } from 'preact/hooks';
import { FIGURE_IDS } from '../../domain/stats.ts';
import type { StatsPayload } from '../../schema/stats.ts';
import { useOnline } from '../hooks/use-online.ts';
import { useSignedInSession } from '../session/session-context.ts';
import { ExportBar } from './export-bar.tsx';
import { ReportHeader } from './report-header.tsx';
import { flushExportAudit } from './stats-api.ts';
import { StatsFigure } from './stats-figure.tsx';
import { ts } from './stats-messages.ts';
import { useStatsPayload } from './use-stats-payload.ts';
import './stats.css';

/**
 * A coordinator's screen shows their own exact counts; what prints is always the suppressed report (rendered
 * too, hidden on screen), so no print path can carry an unsuppressed figure.
 */
function Figures({ payload }: { payload: StatsPayload }) {
  const { exact } = payload;
  if (!exact) return <>{FIGURE_IDS.map((id) => <StatsFigure key={id} id={id} payload={payload} />)}</>;
  return (
    <>
      <div class="no-print" data-testid="stats-exact">
        <p class="notice" data-testid="stats-exact-note">{ts('exactNote')}</p>
        {FIGURE_IDS.map((id) => <StatsFigure key={id} id={id} payload={payload} report={exact} idPrefix="exact" />)}
      </div>
      <div class="print-only-block" data-testid="stats-published">
        {FIGURE_IDS.map((id) => <StatsFigure key={id} id={id} payload={payload} />)}
      </div>
    </>
  );
}

/** 実態把握: the statistics dashboard (#/stats), also the printable A4 report. */
export function StatsScreen() {
  const session = useSignedInSession();
  const isOnline = useOnline();
  const [state, refresh] = useStatsPayload();

  // Exports made offline reach the audit log once the signal is back.
  useEffect(() => {
    if (isOnline) void flushExportAudit(session.token).catch(() => undefined);
  }, [isOnline, session.token]);

  return (
    <div class="stats-report" data-testid="stats-screen">
      <div class="stats-title">
        <h1>{ts('title')}</h1>
        <button type="button" class="button button--quiet button--small no-print" onClick={refresh}>{ts('refresh')}</button>
      </div>
      {state.kind === 'loading' && <p role="status">{ts('loading')}</p>}
      {state.kind === 'offline' && <p role="status">{ts('offlineServer')}</p>}
      {state.kind === 'error' && <p class="error" role="alert">{ts('failed', { message: state.message })}</p>}
      {state.kind === 'ready' && (
        <>
          <ReportHeader payload={state.payload} userName={session.user.name} />
          <ExportBar payload={state.payload} />
          {state.payload.report.municipalities.length === 0 ? <p>{ts('empty')}</p> : <Figures payload={state.payload} />}
        </>
      )}
    </div>
  );
}
