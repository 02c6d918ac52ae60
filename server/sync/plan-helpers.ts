import type { FieldStamp } from '../../src/domain/merge.ts';
import type { Mutation } from '../../src/schema/sync-protocol.ts';
import { getCaseAccess, type CaseAccess, type CaseScope } from './scope.ts';
import { rejectPlan, type Plan, type PlanContext, type StoredRecord } from './stored-record.ts';

export type MutationInput = {
  mutation: Mutation;
  existing: StoredRecord | null;
  /**
   * What decides access to the case the record takes its scope from (for a case, the case itself): its area and
   * consents only, so a store can answer it without reading the whole case. Null when that case does not exist.
   */
  caseScope: CaseScope | null;
  /** For a safety check: the disaster event it names, when stored (a declared event may widen access). */
  event?: StoredRecord | null;
};

export function forbidden(mutation: Mutation, message = '担当地域の外の記録です'): Plan {
  return rejectPlan(mutation.id, 'forbidden', message);
}

export function stampOf(mutation: Mutation, rev: number, ctx: PlanContext): FieldStamp {
  return { rev, at: mutation.at, by: ctx.user.name, mutationId: mutation.id, clientId: ctx.clientId };
}

/** The scope of a case read whole. */
export function toCaseScope(record: StoredRecord): CaseScope {
  return record.data as unknown as CaseScope;
}

/** How the user reaches an existing record: `public` for the directory, else through its case. */
export function getRecordAccess(input: MutationInput, ctx: PlanContext): CaseAccess | 'public' {
  if (input.existing?.scopeCase === null) return 'public';
  return input.caseScope ? getCaseAccess(ctx.user, input.caseScope, ctx.today) : null;
}

