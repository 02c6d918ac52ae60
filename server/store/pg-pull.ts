import type pg from 'pg';
import type { Collection } from '../../src/schema/collections.ts';
import type { User } from '../../src/schema/session.ts';
import type { PulledChange, PullResponse } from '../../src/schema/sync-protocol.ts';
import { isAdminArea, toJapanDate } from '../sync/scope.ts';
import { formatPullCursor } from '../sync/pull-cursor.ts';
import { insertAudits } from './pg-audit.ts';
import { announce, holdCases } from './pg-device-holdings.ts';
import { selectMaxSeq } from './pg-records.ts';
import type { PullDevice } from './store.ts';

type PulledRow = { collection: Collection; seq: number; id: string; scope_case: string | null; data: PulledChange['record']; own: boolean };

const COLUMNS = 'r.collection, r.seq, r.id, r.scope_case, r.data';

// Visible: no case scope (the directory), or an access row of the case for one of the user's areas valid
// today — its own area or a consented one (市町を越えた連携). Parameters $3: areas, $4: today.
const SCOPED_WHERE = `(r.scope_case IS NULL OR EXISTS (
    SELECT 1 FROM case_access a WHERE a.case_id = r.scope_case AND a.area = ANY($3::text[])
      AND a.valid_from <= $4 AND (a.valid_until IS NULL OR a.valid_until >= $4)
  ))`;
const SCOPED_OWN = `r.scope_case IS NULL OR EXISTS (
      SELECT 1 FROM case_access o WHERE o.case_id = r.scope_case AND o.kind = 'own' AND o.area = ANY($3::text[])
    )`;

// Pages: $1 since, $2 limit.
const SCOPED = `SELECT ${COLUMNS}, ${SCOPED_OWN} AS own FROM records r WHERE r.seq > $1 AND ${SCOPED_WHERE} ORDER BY r.seq LIMIT $2`;
const EVERYTHING = `SELECT ${COLUMNS}, true AS own FROM records r WHERE r.seq > $1 ORDER BY r.seq LIMIT $2`;
const DIRECTORY_ONLY = `
  SELECT ${COLUMNS}, true AS own FROM records r WHERE r.seq > $1 AND r.scope_case IS NULL ORDER BY r.seq LIMIT $2`;

// Records by id: $1 collection, $2 ids.
const BY_IDS = `FROM records r WHERE r.collection = $1 AND r.id = ANY($2::text[])`;
const SCOPED_BY_IDS = `SELECT ${COLUMNS}, ${SCOPED_OWN} AS own ${BY_IDS} AND ${SCOPED_WHERE}`;
const EVERYTHING_BY_IDS = `SELECT ${COLUMNS}, true AS own ${BY_IDS}`;
const DIRECTORY_BY_IDS = `SELECT ${COLUMNS}, true AS own ${BY_IDS} AND r.scope_case IS NULL`;

async function selectVisible(client: pg.PoolClient, user: User, since: number, limit: number, today: string): Promise<PulledRow[]> {
  if (user.role === 'supervisor') return (await client.query<PulledRow>(DIRECTORY_ONLY, [since, limit])).rows;
  if (isAdminArea(user)) return (await client.query<PulledRow>(EVERYTHING, [since, limit])).rows;
  return (await client.query<PulledRow>(SCOPED, [since, limit, user.areas, today])).rows;
}

/** Those of these records of one collection that the user may see now (the pull's rules); consent reads audited. */
export async function readVisibleRecords(
  client: pg.PoolClient, user: User, collection: Collection, ids: readonly string[], now: Date,
): Promise<PulledChange['record'][]> {
  const { rows } = user.role === 'supervisor'
    ? await client.query<PulledRow>(DIRECTORY_BY_IDS, [collection, ids])
    : isAdminArea(user)
      ? await client.query<PulledRow>(EVERYTHING_BY_IDS, [collection, ids])
      : await client.query<PulledRow>(SCOPED_BY_IDS, [collection, ids, user.areas, toJapanDate(now)]);
  const reads = rows.filter((row) => !row.own).map((row) => ({ action: 'read-consent', collection: row.collection, recordId: row.id, detail: null }));
  await insertAudits(client, user, reads, now);
  return rows.map((row) => row.data);
}

/**
 * One pull page, inside a REPEATABLE READ transaction (see pg-transaction.ts): the page and the max seq come
 * from one snapshot, and since writers commit in seq order, no lower seq can still appear after it.
 */
export async function pullPage(
  client: pg.PoolClient, user: User, since: number, limit: number, now: Date, device?: PullDevice,
): Promise<PullResponse> {
  const today = toJapanDate(now);
  // Scope changes purge: what this device holds but may no longer see is named, in the same snapshot.
  const told = device ? await announce(client, user, device.clientId, today, device.announced ?? 0) : undefined;
  if (told?.restart) since = 0;
  const rows = await selectVisible(client, user, since, limit + 1, today);
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  // With nothing more visible, skip past everything scanned, including changes this user may not see.
  const cursor = hasMore ? page[page.length - 1]!.seq : Math.max(since, await selectMaxSeq(client));
  const reads = page.filter((row) => !row.own).map((row) => ({ action: 'read-consent', collection: row.collection, recordId: row.id, detail: null }));
  await insertAudits(client, user, reads, now);
  const changes = page.map((row) => ({ collection: row.collection, record: row.data }));
  if (!device || !told) return { changes, cursor: String(cursor), hasMore };
  await holdCases(client, user, device.clientId, page.flatMap((row) => (row.scope_case ? [row.scope_case] : [])));
  const removals = told.removals.map((id) => ({ collection: 'cases' as const, id }));
  return { changes, cursor: formatPullCursor(cursor, told.announced), hasMore, removals };
}
