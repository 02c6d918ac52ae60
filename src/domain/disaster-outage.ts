/** Clock drift between a tablet and the real time tolerated before an outage start counts as in the future. */
const FUTURE_SLACK_MS = 5 * 60_000;

export type OutageStartProblem = 'invalid' | 'future';

/**
 * Why a typed 停電の開始時刻 cannot start an event, or null. Every runway counts from it: a start in the future
 * (a wrong day picked) would show every battery full — 「停電から 0 時間」 — while the families' run down.
 */
export function checkOutageStart(value: string, now: Date): OutageStartProblem | null {
  const time = Date.parse(value);
  if (value.trim() === '' || !Number.isFinite(time)) return 'invalid';
  return time > now.getTime() + FUTURE_SLACK_MS ? 'future' : null;
}
