import { getDb } from '../../db/database.ts';
import { listOpenConflicts } from '../../db/conflicts.ts';
import { countOutbox } from '../../db/outbox.ts';
import { useLiveQuery } from './use-live-query.ts';

/** Unsent and refused local changes, live. */
export function useOutboxCounts(): { pending: number; rejected: number } | undefined {
  return useLiveQuery(() => countOutbox(getDb()), []);
}

/** How many conflicts wait for a person, live. */
export function useOpenConflictCount(): number | undefined {
  return useLiveQuery(async () => (await listOpenConflicts(getDb())).length, []);
}
