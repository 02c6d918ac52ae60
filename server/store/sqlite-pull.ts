import type Database from 'better-sqlite3';
import type { Collection } from '../../src/schema/collections.ts';
import type { User } from '../../src/schema/session.ts';
import { isAdminArea } from '../sync/scope.ts';

export type PulledRow = { collection: Collection; seq: number; id: string; scope_case: string | null; data: string; own: number };

type Params = { since: number; limit: number; areas: string; today: string };

const COLUMNS = 'r.collection, r.seq, r.id, r.scope_case, r.data';

// A record is visible when it has no case scope (the directory) or its case has an access row for one of
// the user's areas that is valid today: the case's own area, or a consented one (市町を越えた連携).
const SCOPED = `
  SELECT ${COLUMNS},
    CASE WHEN r.scope_case IS NULL THEN 1 ELSE EXISTS (
      SELECT 1 FROM case_access o WHERE o.case_id = r.scope_case AND o.kind = 'own'
        AND o.area IN (SELECT value FROM json_each(@areas))
    ) END AS own
  FROM records r
  WHERE r.seq > @since AND (r.scope_case IS NULL OR EXISTS (
    SELECT 1 FROM case_access a WHERE a.case_id = r.scope_case
      AND a.area IN (SELECT value FROM json_each(@areas))
      AND a.valid_from <= @today AND (a.valid_until IS NULL OR a.valid_until >= @today)
  ))
  ORDER BY r.seq LIMIT @limit`;

const EVERYTHING = `SELECT ${COLUMNS}, 1 AS own FROM records r WHERE r.seq > @since ORDER BY r.seq LIMIT @limit`;

const DIRECTORY_ONLY = `
  SELECT ${COLUMNS}, 1 AS own FROM records r WHERE r.seq > @since AND r.scope_case IS NULL
  ORDER BY r.seq LIMIT @limit`;

/** Prepared pull queries: administrators see everything, supervisors the directory, coordinators their scope. */
export class SqlitePull {
  private readonly scoped: Database.Statement<[Params], PulledRow>;
  private readonly everything: Database.Statement<[Params], PulledRow>;
  private readonly directoryOnly: Database.Statement<[Params], PulledRow>;

  constructor(db: Database.Database) {
    this.scoped = db.prepare(SCOPED);
    this.everything = db.prepare(EVERYTHING);
    this.directoryOnly = db.prepare(DIRECTORY_ONLY);
  }

  /** Up to `limit` visible rows after `since`, in sequence order. */
  list(user: User, since: number, limit: number, today: string): PulledRow[] {
    const params: Params = { since, limit, areas: JSON.stringify(user.areas), today };
    if (user.role === 'supervisor') return this.directoryOnly.all(params);
    if (isAdminArea(user)) return this.everything.all(params);
    return this.scoped.all(params);
  }
}

/**
 * The pull response body from stored rows. `data` already holds each record exactly as pulled (JSON written
 * by the store itself), so it is spliced in as text rather than parsed and serialised again. The cursor and
 * hasMore come first: the route reads them from there into the page's headers (server/http/pull-page.ts).
 */
export function toPullBody(page: readonly PulledRow[], cursor: string, hasMore: boolean, removals?: readonly string[]): string {
  const changes = page.map((row) => `{"collection":${JSON.stringify(row.collection)},"record":${row.data}}`);
  const removed = removals ? `,"removals":${JSON.stringify(removals.map((id) => ({ collection: 'cases', id })))}` : '';
  return `{"cursor":${JSON.stringify(cursor)},"hasMore":${hasMore},"changes":[${changes.join(',')}]${removed}}`;
}
