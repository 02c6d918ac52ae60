import type pg from 'pg';
import type { User } from '../../src/schema/session.ts';
import { newRecordId } from '../../src/domain/record-id.ts';
import type { Mutation, PushResult } from '../../src/schema/sync-protocol.ts';
import { planMutation } from '../sync/apply-mutation.ts';
import { toCaseScope } from '../sync/plan-helpers.ts';
import { findScopeCaseId, toJapanDate } from '../sync/scope.ts';
import type { PlanContext, StoredRecord } from '../sync/stored-record.ts';
import { insertAudits, type AuditRow } from './pg-audit.ts';
import { PgBatchRecords } from './pg-batch-records.ts';
import { selectMaxSeq } from './pg-records.ts';
import { answerRefused, isRefused } from './refused-mutation.ts';
import { answerReplay } from './replay-result.ts';
import type { PushBatch } from './store.ts';

type Remembered = { id: string; result: PushResult };

function findScopeId(mutation: Mutation, existing: StoredRecord | null): string | null {
  return existing ? existing.scopeCase : findScopeCaseId(mutation.collection, mutation.recordId, mutation.fields);
}

async function selectRemembered(client: pg.PoolClient, ids: readonly string[]): Promise<Map<string, PushResult>> {
  const { rows } = await client.query<Remembered>('SELECT id, result FROM mutations WHERE id = ANY($1::text[])', [ids]);
  return new Map(rows.map((row) => [row.id, row.result]));
}

/** Reads every record the batch names, then every case those records take their scope from. */
async function preload(records: PgBatchRecords, mutations: readonly Mutation[]): Promise<void> {
  await records.load(mutations.map((m) => ({ collection: m.collection, id: m.recordId })));
  const scopeIds = new Set<string>();
  for (const m of mutations) {
    const scopeId = findScopeId(m, await records.get(m.collection, m.recordId));
    if (scopeId !== null) scopeIds.add(scopeId);
  }
  await records.load([...scopeIds].map((id) => ({ collection: 'cases' as const, id })));
  await records.load(mutations.flatMap((m) => {
    const eventId = m.fields.eventId;
    return m.collection === 'safetyChecks' && typeof eventId === 'string' ? [{ collection: 'disasterEvents' as const, id: eventId }] : [];
  }));
}

/** A safety check's disaster event (a declared one may widen access), from the preloaded records. */
async function findEvent(records: PgBatchRecords, mutation: Mutation, existing: StoredRecord | null): Promise<StoredRecord | null> {
  if (mutation.collection !== 'safetyChecks') return null;
  const eventId = existing?.data.eventId ?? mutation.fields.eventId;
  return typeof eventId === 'string' ? records.get('disasterEvents', eventId) : null;
}

/**
 * One push batch inside a writing transaction (the caller holds the write lock, see pg-transaction.ts):
 * every effect and every remembered result commit together, so a crash leaves all of the batch or none.
 */
export async function pushBatch(client: pg.PoolClient, user: User, batch: PushBatch, now: Date): Promise<PushResult[]> {
  const records = new PgBatchRecords(client);
  const remembered = await selectRemembered(client, batch.mutations.map((m) => m.id));
  await preload(records, batch.mutations.filter((m): m is Mutation => !isRefused(m)));
  let seq = await selectMaxSeq(client);
  const ctx: PlanContext = { user, clientId: batch.clientId, now, today: toJapanDate(now), nextSeq: () => ++seq, newId: newRecordId };
  const fresh: Remembered[] = [];
  const audits: AuditRow[] = [];
  const results: PushResult[] = [];
  for (const mutation of batch.mutations) {
    const earlier = remembered.get(mutation.id);
    if (earlier) {
      results.push(answerReplay(mutation.id, earlier));
      continue;
    }
    if (isRefused(mutation)) {
      results.push(answerRefused(mutation));
      continue;
    }
    const existing = await records.get(mutation.collection, mutation.recordId);
    const scopeId = findScopeId(mutation, existing);
    const scopeCase = scopeId === null ? null : await records.get('cases', scopeId);
    const caseScope = scopeCase ? toCaseScope(scopeCase) : null;
    const plan = planMutation({ mutation, existing, caseScope, event: await findEvent(records, mutation, existing) }, ctx);
    for (const record of plan.writes) {
      const previous = record.id === mutation.recordId ? existing : null;
      if (records.write(record, previous)) await records.reannounce(record.id, ctx.nextSeq);
    }
    if (plan.remember) {
      remembered.set(mutation.id, plan.result);
      fresh.push({ id: mutation.id, result: plan.result });
    }
    if (plan.viaConsent) {
      audits.push({ action: 'write-consent', collection: mutation.collection, recordId: mutation.recordId, detail: plan.result.status });
    }
    if (plan.viaDisaster) {
      audits.push({ action: 'write-disaster', collection: mutation.collection, recordId: mutation.recordId, detail: plan.result.status });
    }
    results.push(plan.result);
  }
  await records.flush();
  await insertRemembered(client, user, batch.clientId, fresh, now);
  await insertAudits(client, user, audits, now);
  return results;
}

async function insertRemembered(client: pg.PoolClient, user: User, clientId: string, rows: Remembered[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  // No ON CONFLICT: a mutation id remembered meanwhile by a writer outside the lock must fail the whole
  // batch (runTransaction retries it and then answers duplicate), never apply twice.
  await client.query(
    `INSERT INTO mutations (id, user_id, client_id, result, at)
     SELECT id, $3, $4, result, $5 FROM unnest($1::text[], $2::jsonb[]) AS m(id, result)`,
    [rows.map((r) => r.id), rows.map((r) => JSON.stringify(r.result)), user.id, clientId, now.toISOString()],
  );
}
