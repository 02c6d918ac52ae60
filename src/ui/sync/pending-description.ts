import type { PendingChange } from '../../db/pending-changes.ts';
import { formatStamp } from '../format/format-time.ts';
import { tPending } from './pending-messages.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The child a change is about: a case itself, or the case a visit or safety check belongs to; null otherwise. */
export function caseIdOf({ entry, record }: PendingChange): string | null {
  if (entry.collection === 'cases') return entry.recordId;
  if (entry.collection !== 'visits' && entry.collection !== 'safetyChecks') return null;
  return text(record?.caseId) || text(entry.fields.caseId) || null;
}

/**
 * Which record a change writes, in words: the child's name (a visit or a safety check named by its case, so a
 * coordinator can tell whose note is unsent), then the time the record is about.
 */
export function describePending(change: PendingChange, caseNames: ReadonlyMap<string, string>): string {
  const { entry, record } = change;
  if (!record) return tPending('pending.gone');
  const name = text(record.name) || text(record.title);
  if (name) return name;
  const caseId = caseIdOf(change);
  const child = caseId ? caseNames.get(caseId) ?? '' : '';
  const at = text(record.at);
  const when = at ? formatStamp(at) : '';
  if (child && when) return tPending('pending.childAt', { name: child, time: when });
  return child || when || (entry.collection === 'visits' || entry.collection === 'safetyChecks' ? tPending('pending.noCase') : '');
}
