import { decideField, type FieldStamp } from '../../src/domain/merge.ts';
import type { Mutation } from '../../src/schema/sync-protocol.ts';
import { forbidden, getRecordAccess, stampOf, type MutationInput } from './plan-helpers.ts';
import { isOwnArea } from './scope.ts';
import { rejectPlan, type Plan, type PlanContext, type StoredRecord } from './stored-record.ts';
import { validateChangedFields, validateWholeRecord, type Fields } from './validate.ts';

/** A same-field concurrent edit: the losing side is kept, the winning side is what the record holds. */
export type Loser = { field: string; kept: unknown; keptStamp: FieldStamp; winning: unknown; winningStamp: FieldStamp };

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

/** What a write does to `deleted`: its value after, whether it is stamped as this write, and a loser to keep. */
export type DeletedChoice = { deleted: boolean; isStamped: boolean; loser: Loser | null };

/**
 * `deleted` asserted (a person chose to keep or undo a delete, resolving a conflict): decided as a field, so a
 * different choice made meanwhile on another tablet meets it as a concurrent edit — the later wins, the other is
 * kept as a conflict — and the same choice is stamped anew unless a concurrent later stamp holds it.
 */
export function decideAssertedDeleted(existing: StoredRecord, wanted: boolean, mutation: Mutation, incoming: FieldStamp): DeletedChoice {
  const stored = existing.deleted;
  const storedStamp = existing.stamps.deleted ?? (stored ? legacyDeleteStamp(existing) : undefined);
  const decision = decideField({ stored, storedStamp, incoming: wanted, incomingOrder: incoming, baseRev: mutation.baseRev, isAsserted: true });
  if (decision === 'same') return { deleted: stored, isStamped: false, loser: null };
  if (decision === 'take') return { deleted: wanted, isStamped: true, loser: null };
  if (decision === 'conflict-take') {
    return { deleted: wanted, isStamped: true, loser: { field: 'deleted', kept: stored, keptStamp: storedStamp!, winning: wanted, winningStamp: incoming } };
  }
  return { deleted: stored, isStamped: false, loser: { field: 'deleted', kept: wanted, keptStamp: incoming, winning: stored, winningStamp: storedStamp! } };
}

/** A tombstone written before `deleted` had a stamp of its own: its last change made it. */
const legacyDeleteStamp = (existing: StoredRecord): FieldStamp => ({ rev: existing.rev, at: '', by: '', mutationId: '' });

/**
 * An upsert of a tombstone: based on the tombstone's revision (or later) it brings the record back; one that had
 * not seen the delete keeps it deleted, and a person is told. With `deleted` asserted, decided as a field.
 */
function decideUndelete(existing: StoredRecord, mutation: Mutation, incoming: FieldStamp): DeletedChoice {
  if (mutation.asserted?.includes('deleted')) return decideAssertedDeleted(existing, false, mutation, incoming);
  if (!existing.deleted) return { deleted: false, isStamped: false, loser: null };
  const deleteStamp = existing.stamps.deleted ?? legacyDeleteStamp(existing);
  if (mutation.baseRev !== null && mutation.baseRev >= deleteStamp.rev) return { deleted: false, isStamped: true, loser: null };
  const loser = { field: 'deleted', kept: false, keptStamp: incoming, winning: true, winningStamp: deleteStamp };
  return { deleted: true, isStamped: false, loser };
}

/** The conflict record keeping `loser`, for the record as written (`target`). */
export function makeConflict(target: StoredRecord, loser: Loser, mutation: Mutation, ctx: PlanContext): StoredRecord {
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

  const undelete = decideUndelete(existing, mutation, incoming);
  // Two people resolving the same conflict both meant "resolved": the later wins, no conflict of conflicts.
  const losers = mutation.collection === 'conflicts' ? [] : merge.losers;
  if (undelete.loser) losers.push(undelete.loser);

  let rev = existing.rev;
  const writes: StoredRecord[] = [];
  let target = existing;
  if (merge.taken.length > 0 || undelete.isStamped) {
    rev = ctx.nextSeq();
    const stamp = stampOf(mutation, rev, ctx);
    const stamps = { ...existing.stamps };
    for (const field of merge.taken) stamps[field] = stamp;
    if (undelete.isStamped) stamps.deleted = stamp;
    target = { ...existing, rev, deleted: undelete.deleted, updatedAt: ctx.now.toISOString(), data: whole.data, stamps };
    writes.push(target);
  }
  for (const loser of losers) writes.push(makeConflict(target, loser, mutation, ctx));

  const status = losers.length > 0 ? 'conflict' : existing.rev > (mutation.baseRev ?? -1) ? 'merged' : 'applied';
  return { result: { id: mutation.id, status, rev }, writes, remember: true, viaConsent: access === 'consent' };
}
