import type Database from 'better-sqlite3';
import type { Collection } from '../../src/schema/collections.ts';
import type { User } from '../../src/schema/session.ts';
import { isAdminArea } from '../sync/scope.ts';

/** `data` as its stored UTF-8 bytes: a page is spliced from them, never decoded into a string and encoded back. */
export type PulledRow = { collection: Collection; seq: number; id: string; scope_case: string | null; data: Buffer; own: number };

type Params = { since: number; limit: number; areas: string; today: string };

const COLUMNS = 'r.collection, r.seq, r.id, r.scope_case, CAST(r.data AS BLOB) AS data';

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

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const COMMA = utf8(',');
const CLOSE = utf8('}');
const openings = new Map<string, Buffer>();
const openingOf = (collection: string): Buffer => {
  let opening = openings.get(collection);
  if (!opening) openings.set(collection, (opening = utf8(`{"collection":${JSON.stringify(collection)},"record":`)));
  return opening;
};

/**
 * The pull response body from stored rows, as UTF-8 bytes. `data` already holds each record exactly as pulled
 * (JSON written by the store itself), so its bytes are spliced in rather than parsed and serialised again — or
 * decoded into a string and encoded back (a first sync's 15,000 records: ~100 ms of the server's CPU). The
 * cursor and hasMore come first: the route reads them from there into the page's headers (server/http/pull-page.ts).
 */
export function toPullBody(page: readonly PulledRow[], cursor: string, hasMore: boolean, removals?: readonly string[]): Buffer {
  const parts: Buffer[] = [utf8(`{"cursor":${JSON.stringify(cursor)},"hasMore":${hasMore},"changes":[`)];
  page.forEach((row, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(openingOf(row.collection), row.data, CLOSE);
  });
  const removed = removals ? `,"removals":${JSON.stringify(removals.map((id) => ({ collection: 'cases', id })))}` : '';
  parts.push(utf8(`]${removed}}`));
  return Buffer.concat(parts);
}
