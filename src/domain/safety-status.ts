import type { SafetyCheck } from '../schema/safety-check.ts';
import type { TriagedCase } from './triage.ts';

/** Statuses that still need a coordinator's action. */
const OPEN_STATUSES: ReadonlySet<SafetyCheck['status']> = new Set(['unreachable', 'needs-support']);

/** True when `a` is later than `b`: by `at` as a time, then by id, so every device agrees on the winner. */
function isLater(a: SafetyCheck, b: SafetyCheck): boolean {
  const diff = Date.parse(a.at) - Date.parse(b.at);
  return diff > 0 || (diff === 0 && a.id > b.id);
}

/**
 * Each family's current status in an event: the latest check by `at`. Checks are append-only, so merging the
 * entries of many coordinators is their union; the order they arrived in never matters.
 */
export function latestChecks(checks: readonly SafetyCheck[], eventId: string): Map<string, SafetyCheck> {
  const latest = new Map<string, SafetyCheck>();
  for (const check of checks) {
    if (check.deleted || check.eventId !== eventId) continue;
    const current = latest.get(check.caseId);
    if (!current || isLater(check, current)) latest.set(check.caseId, check);
  }
  return latest;
}

/**
 * Each family's latest note in an event: the newest check (same order as the status) whose note is not blank.
 * A later check without a note does not hide what an earlier one said; the note is shown with its own time.
 */
export function latestNotes(checks: readonly SafetyCheck[], eventId: string): Map<string, SafetyCheck> {
  return latestChecks(checks.filter((check) => check.note.trim() !== ''), eventId);
}

export type SafetySummary = {
  total: number;
  checked: number;
  /** Not reached yet: no check at all, or the latest says 連絡不通. */
  unreached: TriagedCase[];
  needsSupport: TriagedCase[];
  /** Powered children still at home, shortest runway first (at most `limit`). */
  soonest: TriagedCase[];
};

const SETTLED_AWAY: ReadonlySet<SafetyCheck['status']> = new Set(['evacuated', 'hospitalised']);

export function summarizeSafety(list: readonly TriagedCase[], latest: ReadonlyMap<string, SafetyCheck>, limit = 3): SafetySummary {
  const statusOf = (item: TriagedCase) => latest.get(item.row.id)?.status;
  const unreached = list.filter((item) => statusOf(item) === undefined || statusOf(item) === 'unreachable');
  const soonest = list
    .filter((item) => item.runway !== null && !SETTLED_AWAY.has(statusOf(item)!))
    .sort((a, b) => a.runway! - b.runway!)
    .slice(0, limit);
  return {
    total: list.length,
    checked: list.filter((item) => statusOf(item) !== undefined).length,
    unreached,
    needsSupport: list.filter((item) => statusOf(item) === 'needs-support'),
    soonest,
  };
}

export const isOpenStatus = (status: SafetyCheck['status'] | undefined) => status === undefined || OPEN_STATUSES.has(status);
