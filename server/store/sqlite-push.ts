import type Database from 'better-sqlite3';
import type { User } from '../../src/schema/session.ts';
import { newRecordId } from '../../src/domain/record-id.ts';
import type { Mutation, PushResult } from '../../src/schema/sync-protocol.ts';
import { planMutation } from '../sync/apply-mutation.ts';
import { toCaseScope } from '../sync/plan-helpers.ts';
import { findScopeCaseId, toJapanDate } from '../sync/scope.ts';
import type { Plan, PlanContext, StoredRecord } from '../sync/stored-record.ts';
import { answerAppendReplay, isRememberedByRecord } from './append-replay.ts';
import { answerRefused, isRefused } from './refused-mutation.ts';
import { answerReplay } from './replay-result.ts';
import { SqliteFieldEdits } from './sqlite-field-edits.ts';
import { SqliteRecords } from './sqlite-records.ts';
import type { PushBatch, RefusedMutation } from './store.ts';

/**
 * Applies push batches on one connection, inside the caller's transaction (no commit): the same code whether
 * the store's own connection writes or the writer thread's (sqlite-writer-thread.ts).
 */
export class SqlitePush {
  private readonly records: SqliteRecords;
  private readonly fieldEdits: SqliteFieldEdits | null;
  private readonly getMutation: Database.Statement<[string], { result: string }>;
  private readonly putMutation: Database.Statement<[string, string, string, string, string]>;
  private readonly audit: Database.Statement<[string, string, string, string, string, string]>;

  /** `fieldEdits: false` reads and writes every record whole (tests compare the two). */
  constructor(db: Database.Database, { fieldEdits = true } = {}) {
    this.records = new SqliteRecords(db);
    this.fieldEdits = fieldEdits ? new SqliteFieldEdits(db) : null;
    this.getMutation = db.prepare('SELECT result FROM mutations WHERE id = ?');
    this.putMutation = db.prepare('INSERT INTO mutations (id, user_id, client_id, result, at) VALUES (?, ?, ?, ?, ?)');
    this.audit = db.prepare(
      'INSERT INTO audit_log (at, user_id, action, collection, record_id, detail) VALUES (?, ?, ?, ?, ?, ?)',
    );
  }

  /** One batch: sequences continue from whatever the transaction wrote before it (a group's earlier batches). */
  applyBatch(user: User, batch: PushBatch, now: Date): PushResult[] {
    let seq = this.records.maxSeq();
    const ctx: PlanContext = {
      user, clientId: batch.clientId, now, today: toJapanDate(now), nextSeq: () => ++seq, newId: newRecordId,
    };
    return batch.mutations.map((mutation) => this.applyMutation(mutation, ctx));
  }

  /**
   * The mutation's effect and its remembered result commit together, so a replay can never apply twice: in a
   * `mutations` row, or for a new visit or safety check in the record's own stamps (append-replay.ts).
   */
  private applyMutation(mutation: Mutation | RefusedMutation, ctx: PlanContext): PushResult {
    const remembered = this.getMutation.get(mutation.id);
    if (remembered) return answerReplay(mutation.id, JSON.parse(remembered.result) as PushResult);
    // A field edit plans from the edited fields alone (sqlite-field-edits.ts); isRefused is false here.
    const partial = this.fieldEdits?.read(mutation) ?? null;
    if (partial) {
      const edit = mutation as Mutation;
      const plan = planMutation({ mutation: edit, existing: partial, caseScope: this.loadCaseScope(edit, partial), event: null }, ctx);
      return this.commit(edit, partial, plan, ctx, true);
    }
    const existing = this.records.get(mutation.collection, mutation.recordId);
    const replay = answerAppendReplay(mutation.id, existing);
    if (replay) return replay;
    if (isRefused(mutation)) return answerRefused(mutation);
    const eventId = mutation.collection === 'safetyChecks' ? (existing?.data.eventId ?? mutation.fields.eventId) : null;
    const event = typeof eventId === 'string' ? this.records.get('disasterEvents', eventId) : null;
    const plan = planMutation({ mutation, existing, caseScope: this.loadCaseScope(mutation, existing), event }, ctx);
    return this.commit(mutation, existing, plan, ctx, false);
  }

  /** What decides access to the case the record takes its scope from (for a case, its own area and consents). */
  private loadCaseScope(mutation: Mutation, existing: StoredRecord | null) {
    const scopeCaseId = existing ? existing.scopeCase : findScopeCaseId(mutation.collection, mutation.recordId, mutation.fields);
    if (scopeCaseId === null) return null;
    if (mutation.collection === 'cases' && scopeCaseId === mutation.recordId) return existing && toCaseScope(existing);
    return this.records.getCaseScope(scopeCaseId);
  }

  /** Writes the plan, remembers its result and audits it, all in the caller's transaction. */
  private commit(mutation: Mutation, existing: StoredRecord | null, plan: Plan, ctx: PlanContext, isPartial: boolean): PushResult {
    for (const record of plan.writes) {
      const previous = record.id === mutation.recordId ? existing : null;
      if (previous && isPartial) this.fieldEdits!.write(record, previous);
      else if (this.records.write(record, previous)) this.records.reannounceDependents(record.id, ctx.nextSeq);
    }
    const at = ctx.now.toISOString();
    if (plan.remember && !isRememberedByRecord(mutation, existing, plan)) {
      this.putMutation.run(mutation.id, ctx.user.id, ctx.clientId, JSON.stringify(plan.result), at);
    }
    if (plan.viaConsent) {
      this.audit.run(at, ctx.user.id, 'write-consent', mutation.collection, mutation.recordId, plan.result.status);
    }
    if (plan.viaDisaster) {
      this.audit.run(at, ctx.user.id, 'write-disaster', mutation.collection, mutation.recordId, plan.result.status);
    }
    return plan.result;
  }
}
