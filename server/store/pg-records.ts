import type pg from 'pg';
import type { FieldStamp } from '../../src/domain/merge.ts';
import type { Collection } from '../../src/schema/collections.ts';
import { listAccessRows, type CaseScope } from '../sync/scope.ts';
import { toWireRecord, type StoredRecord } from '../sync/stored-record.ts';
import type { Fields } from '../sync/validate.ts';

type RecordRow = {
  collection: Collection;
  id: string;
  seq: number;
  deleted: boolean;
  updated_at: string;
  scope_case: string | null;
  data: Fields;
  stamps: Record<string, FieldStamp>;
};

export type RecordKey = { collection: Collection; id: string };

export const toKey = (collection: string, id: string) => `${collection}/${id}`;

function fromRow(row: RecordRow): StoredRecord {
  const { id: _id, rev: _rev, deleted: _deleted, updatedAt: _updatedAt, ...data } = row.data;
  return {
    collection: row.collection,
    id: row.id,
    rev: row.seq,
    deleted: row.deleted,
    updatedAt: row.updated_at,
    scopeCase: row.scope_case,
    data,
    stamps: row.stamps,
  };
}

/** The stored records of `keys` that exist, in one round trip. */
export async function selectRecords(client: pg.PoolClient, keys: readonly RecordKey[]): Promise<StoredRecord[]> {
  if (keys.length === 0) return [];
  const { rows } = await client.query<RecordRow>(
    `SELECT r.* FROM records r JOIN unnest($1::text[], $2::text[]) AS k(collection, id)
       ON r.collection = k.collection AND r.id = k.id`,
    [keys.map((k) => k.collection), keys.map((k) => k.id)],
  );
  return rows.map(fromRow);
}

export async function selectMaxSeq(client: pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ seq: number }>('SELECT COALESCE(MAX(seq), 0) AS seq FROM records');
  return rows[0]!.seq;
}

/** Inserts or replaces records in one statement; the caller passes each key at most once. */
export async function upsertRecords(client: pg.PoolClient, records: readonly StoredRecord[]): Promise<void> {
  if (records.length === 0) return;
  // One JSON document for the whole batch: PostgreSQL's JSON parser reads it far faster than text[] arrays
  // of escaped JSON strings.
  const rows = records.map((r) => ({
    collection: r.collection,
    id: r.id,
    seq: r.rev,
    deleted: r.deleted,
    updated_at: r.updatedAt,
    scope_case: r.scopeCase,
    scope_code: r.collection === 'cases' ? String(r.data.municipalityCode) : null,
    data: toWireRecord(r),
    stamps: r.stamps,
  }));
  await client.query(
    `INSERT INTO records (collection, id, seq, deleted, updated_at, scope_case, scope_code, data, stamps)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(collection text, id text, seq bigint, deleted boolean,
       updated_at text, scope_case text, scope_code text, data jsonb, stamps jsonb)
     ON CONFLICT (collection, id) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted,
       updated_at = excluded.updated_at, scope_case = excluded.scope_case, scope_code = excluded.scope_code,
       data = excluded.data, stamps = excluded.stamps`,
    [JSON.stringify(rows)],
  );
}

/** Rebuilds the access index (which the pull query filters on) of the given cases. */
export async function replaceAccessRows(client: pg.PoolClient, cases: readonly StoredRecord[]): Promise<void> {
  if (cases.length === 0) return;
  await client.query('DELETE FROM case_access WHERE case_id = ANY($1::text[])', [cases.map((c) => c.id)]);
  const rows = cases.flatMap((c) => listAccessRows(c.data as unknown as CaseScope).map((row) => ({ caseId: c.id, ...row })));
  await client.query(
    `INSERT INTO case_access (case_id, area, kind, valid_from, valid_until)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`,
    [rows.map((r) => r.caseId), rows.map((r) => r.area), rows.map((r) => r.kind), rows.map((r) => r.from), rows.map((r) => r.until)],
  );
}

/**
 * Gives a case's visits, safety checks and conflicts new sequences, so a user who has just gained the case
 * pulls them too though they changed before that user's cursor. Answers the keys it moved.
 */
export async function reannounceDependents(client: pg.PoolClient, caseId: string, nextSeq: () => number): Promise<string[]> {
  const { rows } = await client.query<{ collection: string; id: string }>(
    "SELECT collection, id FROM records WHERE scope_case = $1 AND collection <> 'cases' ORDER BY seq",
    [caseId],
  );
  if (rows.length === 0) return [];
  const seqs = rows.map(() => nextSeq());
  await client.query(
    `UPDATE records r SET seq = m.seq, data = jsonb_set(r.data, '{rev}', to_jsonb(m.seq))
     FROM unnest($1::text[], $2::text[], $3::bigint[]) AS m(collection, id, seq)
     WHERE r.collection = m.collection AND r.id = m.id`,
    [rows.map((r) => r.collection), rows.map((r) => r.id), seqs],
  );
  return rows.map((r) => toKey(r.collection, r.id));
}
