import { decideField, type FieldStamp } from '../../src/domain/merge.ts';
import type { Mutation } from '../../src/schema/sync-protocol.ts';
import { forbidden, getRecordAccess, stampOf, type MutationInput } from './plan-helpers.ts';
import { isOwnArea } from './scope.ts';
import { rejectPlan, type Plan, type PlanContext, type StoredRecord } from './stored-record.ts';
import { validateChangedFields, validateWholeRecord, type Fields } from './validate.ts';

/** A same-field concurrent edit: the losing side is kept, the winning side is what the record holds. */
type Loser = { field: string; kept: unknown; keptStamp: FieldStamp; winning: unknown; winningStamp: FieldStamp };

/** Only the resolution of a conflict may change; what it records is evidence. */
const RESOLUTION_FIELDS = new Set(['resolvedAt', 'resolvedBy']);

type Merge = { data: Fields; taken: string[]; losers: Loser[] };

function mergeFields(existing: StoredRecord, changes: Fields, incoming: FieldStamp, mutation: Mutation): Merge {
  const data: Fields = { ...existing.data };
  const taken: string[] = [];
  const losers: Loser[] = [];
  const asserted = new Set(mutation.asserted);
  for (const [field, value] of Object.entries(changes)) {
    const stored = existing.data[field];
    const storedStamp = existing.stamps[field];
    const decision = decideField({
      stored, storedStamp, incoming: value, incomingOrder: incoming, baseRev: mutation.baseRev, isAsserted: asserted.has(field),
    });
    if (decision === 'conflict-keep') {
      losers.push({ field, kept: value, keptStamp: incoming, winning: stored, winningStamp: storedStamp! });
    }
    if (decision !== 'take' && decision !== 'conflict-take') continue;
    data[field] = value;
    taken.push(field);
    if (decision === 'conflict-take') {
      losers.push({ field, kept: stored, keptStamp: storedStamp!, winning: value, winningStamp: incoming });
    }
  }
  return { data, taken, losers };
}

/** An upsert that reaches a tombstone its writer had not seen keeps it deleted, and a person is told. */
function findDeleteLoser(existing: StoredRecord, mutation: Mutation, incoming: FieldStamp): Loser | null {
  if (!existing.deleted) return null;
  const deleteStamp = existing.stamps.deleted ?? { rev: existing.rev, at: '', by: '', mutationId: '' };
  if (mutation.baseRev !== null && mutation.baseRev >= deleteStamp.rev) return null;
  return { field: 'deleted', kept: false, keptStamp: incoming, winning: true, winningStamp: deleteStamp };
}

function makeConflict(target: StoredRecord, loser: Loser, mutation: Mutation, ctx: PlanContext): StoredRecord {
  const rev = ctx.nextSeq();
  const data: Fields = {
    collection: target.collection,
    recordId: target.id,
    field: loser.field,
    keptValue: loser.kept,
    winningValue: loser.winning,
    keptAt: loser.keptStamp.at,
    keptBy: loser.keptStamp.by,
    winningAt: loser.winningStamp.at,
    winningBy: loser.winningStamp.by,
    resolvedAt: null,
    resolvedBy: null,
  };
  const stamp = stampOf(mutation, rev, ctx);
  return {
    collection: 'conflicts',
    id: ctx.newId(),
    rev,
    deleted: false,
    updatedAt: ctx.now.toISOString(),
    scopeCase: target.scopeCase,
    data,
    stamps: Object.fromEntries(Object.keys(data).map((field) => [field, stamp])),
  };
}

/** An upsert of an existing, editable record: field-level merge with conflicts kept. */
export function planUpdate(input: MutationInput, ctx: PlanContext): Plan {
  const { mutation } = input;
  const existing = input.existing!;
  const access = getRecordAccess(input, ctx);
  if (access === null) return forbidden(mutation);
  if (mutation.collection === 'conflicts') {
    const fixed = Object.keys(mutation.fields).find((field) => !RESOLUTION_FIELDS.has(field));
    if (fixed !== undefined) return rejectPlan(mutation.id, 'read_only', `${fixed} は変更できません`, fixed);
  }
  const changes = validateChangedFields(mutation.collection, mutation.fields);
  if (!changes.ok) return rejectPlan(mutation.id, changes.error.code, changes.error.message, changes.error.field);

  const incoming = stampOf(mutation, 0, ctx);
  const merge = mergeFields(existing, changes.data, incoming, mutation);
  const whole = validateWholeRecord(mutation.collection, merge.data);
  if (!whole.ok) return rejectPlan(mutation.id, whole.error.code, whole.error.message, whole.error.field);
  if (mutation.collection === 'cases') {
    const from = String(existing.data.municipalityCode);
    const to = String(whole.data.municipalityCode);
    if (from !== to && !(isOwnArea(ctx.user, from) && isOwnArea(ctx.user, to))) {
      return forbidden(mutation, '担当地域の外へ移すことはできません');
    }
  }

  const deleteLoser = findDeleteLoser(existing, mutation, incoming);
  const deleted = existing.deleted && deleteLoser !== null;
  // Two people resolving the same conflict both meant "resolved": the later wins, no conflict of conflicts.
  const losers = mutation.collection === 'conflicts' ? [] : merge.losers;
  if (deleteLoser) losers.push(deleteLoser);

  let rev = existing.rev;
  const writes: StoredRecord[] = [];
  let target = existing;
  if (merge.taken.length > 0 || deleted !== existing.deleted) {
    rev = ctx.nextSeq();
    const stamp = stampOf(mutation, rev, ctx);
    const stamps = { ...existing.stamps };
    for (const field of merge.taken) stamps[field] = stamp;
    if (deleted !== existing.deleted) stamps.deleted = stamp;
    target = { ...existing, rev, deleted, updatedAt: ctx.now.toISOString(), data: whole.data, stamps };
    writes.push(target);
  }
  for (const loser of losers) writes.push(makeConflict(target, loser, mutation, ctx));

  const status = losers.length > 0 ? 'conflict' : existing.rev > (mutation.baseRev ?? -1) ? 'merged' : 'applied';
  return { result: { id: mutation.id, status, rev }, writes, remember: true, viaConsent: access === 'consent' };
}
