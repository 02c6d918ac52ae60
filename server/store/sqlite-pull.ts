import type Database from 'better-sqlite3';
import type { Collection } from '../../src/schema/collections.ts';
import type { User } from '../../src/schema/session.ts';
import { isAdminArea } from '../sync/scope.ts';

/** `data` as its stored UTF-8 bytes: a page is spliced from them, never decoded into a string and encoded back. */
export type PulledRow = { collection: Collection; seq: number; id: string; scope_case: string | null; data: Buffer; own: number };

type Params = { since: number; limit: number; areas: string; today: string };

const COLUMNS = 'r.collection, r.seq, r.id, r.scope_case, CAST(r.data AS BLOB) AS data';

/** Which records a kind of user sees (a WHERE predicate on `records r`), and which of those are their own. */
type Visibility = { where: string; own: string };

// A record is visible when it has no case scope (the directory) or its case has an access row for one of
// the user's areas that is valid today: the case's own area, or a consented one (市町を越えた連携).
const SCOPED: Visibility = {
  where: `(r.scope_case IS NULL OR EXISTS (
    SELECT 1 FROM case_access a WHERE a.case_id = r.scope_case
      AND a.area IN (SELECT value FROM json_each(@areas))
      AND a.valid_from <= @today AND (a.valid_until IS NULL OR a.valid_until >= @today)
  ))`,
  own: `CASE WHEN r.scope_case IS NULL THEN 1 ELSE EXISTS (
      SELECT 1 FROM case_access o WHERE o.case_id = r.scope_case AND o.kind = 'own'
        AND o.area IN (SELECT value FROM json_each(@areas))
    ) END`,
};
const EVERYTHING: Visibility = { where: '1', own: '1' };
const DIRECTORY_ONLY: Visibility = { where: 'r.scope_case IS NULL', own: '1' };

const pageOf = ({ where, own }: Visibility) =>
  `SELECT ${COLUMNS}, ${own} AS own FROM records r WHERE r.seq > @since AND ${where} ORDER BY r.seq LIMIT @limit`;

const byIdsOf = ({ where, own }: Visibility) =>
  `SELECT ${COLUMNS}, ${own} AS own FROM records r
   WHERE r.collection = @collection AND r.id IN (SELECT value FROM json_each(@ids)) AND ${where}`;

type ByIds = { collection: string; ids: string; areas: string; today: string };
type Queries = { page: Database.Statement<[Params], PulledRow>; byIds: Database.Statement<[ByIds], PulledRow> };

/** Prepared pull queries: administrators see everything, supervisors the directory, coordinators their scope. */
export class SqlitePull {
  private readonly byKind: Record<'scoped' | 'everything' | 'directoryOnly', Queries>;

  constructor(db: Database.Database) {
    const prepare = (visibility: Visibility): Queries => ({ page: db.prepare(pageOf(visibility)), byIds: db.prepare(byIdsOf(visibility)) });
    this.byKind = { scoped: prepare(SCOPED), everything: prepare(EVERYTHING), directoryOnly: prepare(DIRECTORY_ONLY) };
  }

  private queriesFor(user: User): Queries {
    if (user.role === 'supervisor') return this.byKind.directoryOnly;
    return isAdminArea(user) ? this.byKind.everything : this.byKind.scoped;
  }

  /** Up to `limit` visible rows after `since`, in sequence order. */
  list(user: User, since: number, limit: number, today: string): PulledRow[] {
    return this.queriesFor(user).page.all({ since, limit, areas: JSON.stringify(user.areas), today });
  }

  /** Those of these records of one collection that the user may see, as they are now (the pull's predicate). */
  byIds(user: User, collection: Collection, ids: readonly string[], today: string): PulledRow[] {
    return this.queriesFor(user).byIds.all({ collection, ids: JSON.stringify(ids), areas: JSON.stringify(user.areas), today });
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
