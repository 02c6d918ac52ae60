import { APPEND_ONLY } from '../../src/schema/collections.ts';
import type { Mutation, PushResult } from '../../src/schema/sync-protocol.ts';
import type { Plan, StoredRecord } from '../sync/stored-record.ts';

// A new visit or safety check is written once and never rewritten (a later create of its id is a duplicate, a
// delete is refused; a re-announcement moves only its seq), so the stamps it is created with name the mutation
// that created it for good: the record itself remembers that mutation, in the same row and transaction as the
// effect, and the SQLite store keeps no separate `mutations` row for it — the most common push costs one random
// index insert less.

/** Whether the record `plan` creates remembers `mutation` by its stamps, instead of a `mutations` row. */
export function isRememberedByRecord(mutation: Pick<Mutation, 'collection' | 'recordId'>, existing: StoredRecord | null, plan: Plan): boolean {
  return (
    existing === null && APPEND_ONLY.has(mutation.collection) && plan.result.status === 'applied' &&
    plan.writes.length === 1 && plan.writes[0]!.id === mutation.recordId
  );
}

/** A replay of the mutation that created `existing` (an append-only record): `duplicate` with its first rev. */
export function answerAppendReplay(mutationId: string, existing: StoredRecord | null): PushResult | null {
  if (existing === null || !APPEND_ONLY.has(existing.collection)) return null;
  // Every field of a created record holds the same stamp.
  for (const field in existing.stamps) {
    const stamp = existing.stamps[field]!;
    return stamp.mutationId === mutationId ? { id: mutationId, status: 'duplicate', rev: stamp.rev } : null;
  }
  return null;
}
