import { boundHlc } from '../../src/domain/hlc.ts';
import { APPEND_ONLY } from '../../src/schema/collections.ts';
import { checkEventWrite, getDisasterAccess, type DisasterAccess } from './disaster-scope.ts';
import { decideAssertedDeleted, makeConflict, planUpdate } from './merge-update.ts';
import { forbidden, getRecordAccess, stampOf, type MutationInput } from './plan-helpers.ts';
import { canWrite, findScopeCaseId, getCaseAccess, isOwnArea } from './scope.ts';
import { rejectPlan, type Plan, type PlanContext, type StoredRecord } from './stored-record.ts';
import { validateNewRecord } from './validate.ts';

/** Readable by every signed-in user: the directory and disaster events (which hold no personal data). */
const PUBLIC_COLLECTIONS: ReadonlySet<string> = new Set(['resources', 'disasterEvents']);

/**
 * Decides what one pushed mutation does, without touching storage: the caller loads the inputs, allocates
 * sequences through `ctx`, and writes the plan and the remembered result in one transaction.
 */
export function planMutation(received: MutationInput, ctx: PlanContext): Plan {
  // A stamp from a clock far ahead of the server's is taken as made now (src/domain/hlc.ts boundHlc).
  const at = boundHlc(received.mutation.at, ctx.now.getTime());
  const input = at === received.mutation.at ? received : { ...received, mutation: { ...received.mutation, at } };
  const { mutation, existing } = input;
  if (!canWrite(ctx.user)) return forbidden(mutation, 'この利用者は記録を変更できません');
  if (mutation.collection === 'disasterEvents') {
    const refused = checkEventWrite(input, ctx);
    if (refused) return refused;
  }
  if (mutation.op === 'delete') return planDelete(input, ctx);
  if (existing === null) return planCreate(input, ctx);
  if (APPEND_ONLY.has(mutation.collection)) return planRepeatedAppend(input, ctx);
  return planUpdate(input, ctx);
}

function planCreate(input: MutationInput, ctx: PlanContext): Plan {
  const { mutation } = input;
  if (mutation.collection === 'conflicts') return forbidden(mutation, '競合の記録はサーバーだけが作ります');
  const validated = validateNewRecord(mutation.collection, mutation.fields);
  if (!validated.ok) return rejectPlan(mutation.id, validated.error.code, validated.error.message, validated.error.field);
  const data = validated.data;

  let access: DisasterAccess | 'public' = 'public';
  if (mutation.collection === 'cases') {
    access = isOwnArea(ctx.user, String(data.municipalityCode)) ? 'own' : null;
  } else if (mutation.collection === 'safetyChecks') {
    access = input.caseScope ? getDisasterAccess(ctx.user, input.caseScope, input.event ?? null, ctx) : null;
  } else if (!PUBLIC_COLLECTIONS.has(mutation.collection)) {
    access = input.caseScope ? getCaseAccess(ctx.user, input.caseScope, ctx.today) : null;
  }
  if (access === null) return forbidden(mutation);

  const rev = ctx.nextSeq();
  const stamp = stampOf(mutation, rev, ctx);
  const record: StoredRecord = {
    collection: mutation.collection,
    id: mutation.recordId,
    rev,
    deleted: false,
    updatedAt: ctx.now.toISOString(),
    scopeCase: findScopeCaseId(mutation.collection, mutation.recordId, data),
    data,
    stamps: Object.fromEntries(Object.keys(data).map((field) => [field, stamp])),
  };
  return {
    result: { id: mutation.id, status: 'applied', rev },
    writes: [record],
    remember: true,
    viaConsent: access === 'consent',
    viaDisaster: access === 'disaster',
  };
}

/** Visits and safety checks are written once: a second create of the same id changes nothing. */
function planRepeatedAppend(input: MutationInput, ctx: PlanContext): Plan {
  const { mutation, existing } = input;
  const access = mutation.collection === 'safetyChecks' && input.caseScope
    ? getDisasterAccess(ctx.user, input.caseScope, input.event ?? null, ctx)
    : getRecordAccess(input, ctx);
  if (access === null || existing === null) return forbidden(mutation);
  return { result: { id: mutation.id, status: 'duplicate', rev: existing.rev }, writes: [], remember: false, viaConsent: false };
}

/**
 * Tombstone, not removal: an offline tablet must still learn the record is gone. A delete asserting `deleted` (a
 * person kept a delete, resolving a conflict) is stamped anew even on a tombstone, so a restore chosen meanwhile on
 * another tablet meets it as a concurrent edit; without it, a delete of a tombstone writes nothing, as before.
 */
function planDelete(input: MutationInput, ctx: PlanContext): Plan {
  const { mutation, existing } = input;
  if (APPEND_ONLY.has(mutation.collection)) {
    return rejectPlan(mutation.id, 'append_only', 'この記録は追記のみで、削除できません');
  }
  if (existing === null) {
    return { result: { id: mutation.id, status: 'applied' }, writes: [], remember: true, viaConsent: false };
  }
  const access = getRecordAccess(input, ctx);
  if (access === null || (mutation.collection === 'cases' && access !== 'own')) return forbidden(mutation);
  const isAsserted = mutation.asserted?.includes('deleted') ?? false;
  if (existing.deleted && !isAsserted) {
    return { result: { id: mutation.id, status: 'applied', rev: existing.rev }, writes: [], remember: true, viaConsent: false };
  }
  const choice = isAsserted
    ? decideAssertedDeleted(existing, true, mutation, stampOf(mutation, 0, ctx))
    : { deleted: true, isStamped: true, loser: null };
  let target = existing;
  if (choice.isStamped) {
    const rev = ctx.nextSeq();
    const stamps = { ...existing.stamps, deleted: stampOf(mutation, rev, ctx) };
    target = { ...existing, rev, deleted: choice.deleted, updatedAt: ctx.now.toISOString(), stamps };
  }
  const writes = target === existing ? [] : [target];
  if (choice.loser) writes.push(makeConflict(target, choice.loser, mutation, ctx));
  const status = choice.loser ? 'conflict' : existing.rev > (mutation.baseRev ?? -1) ? 'merged' : 'applied';
  return { result: { id: mutation.id, status, rev: target.rev }, writes, remember: true, viaConsent: access === 'consent' };
}
