import { canReadByDisaster, isWideningActive, type EventScope } from '../../src/domain/disaster-access.ts';
import { isDeepEqual } from '../../src/domain/deep-equal.ts';
import { DECLARATION_FIELDS } from '../../src/schema/disaster-event.ts';
import type { User } from '../../src/schema/session.ts';
import { forbidden, type MutationInput } from './plan-helpers.ts';
import { getCaseAccess, type CaseAccess, type CaseScope } from './scope.ts';
import { rejectPlan, type Plan, type PlanContext, type StoredRecord } from './stored-record.ts';

/** How a user reaches a case: their own scope first, else as a named responder of a declared event. */
export type DisasterAccess = CaseAccess | 'disaster';

export function toEventScope(record: StoredRecord): EventScope {
  return { ...(record.data as unknown as EventScope), deleted: record.deleted };
}

/** A case's access, widened by `event` for safety checks and the disaster read. */
export function getDisasterAccess(user: User, scope: CaseScope, event: StoredRecord | null, ctx: Pick<PlanContext, 'now' | 'today'>): DisasterAccess {
  const access = getCaseAccess(user, scope, ctx.today);
  if (access !== null) return access;
  if (!event || event.collection !== 'disasterEvents') return null;
  return canReadByDisaster(user.id, toEventScope(event), scope.municipalityCode, ctx.now) ? 'disaster' : null;
}

/** Who may read an event's widened list: its named responders while the declaration is in force; admins always. */
export function canReadDisasterList(user: User, event: StoredRecord, now: Date): boolean {
  if (event.deleted) return false;
  if (user.role === 'admin') return true;
  const scope = toEventScope(event);
  return isWideningActive(scope, now) && scope.responders.includes(user.id);
}

const changes = (existing: StoredRecord | null, fields: Record<string, unknown>, name: string) =>
  name in fields && !isDeepEqual(fields[name], existing?.data[name] ?? (name === 'responders' ? [] : null));

/**
 * Disaster events: anyone who writes records may start, edit and end an undeclared one; declaring (and every
 * change to a declared event, which could widen or end the widening) is for administrators only, in their own name.
 */
export function checkEventWrite(input: MutationInput, ctx: PlanContext): Plan | null {
  const { mutation, existing } = input;
  const isDeclared = existing !== null && existing.data.declaredBy !== null && existing.data.declaredBy !== undefined;
  const touchesDeclaration = DECLARATION_FIELDS.some((name) => changes(existing, mutation.fields, name));
  if (!isDeclared && !touchesDeclaration) return null;
  if (ctx.user.role !== 'admin') return forbidden(mutation, '災害時の閲覧拡大（宣言・対応者）は管理者だけが設定できます');
  const declaredBy = mutation.fields.declaredBy;
  if (declaredBy !== undefined && declaredBy !== null && declaredBy !== ctx.user.id && changes(existing, mutation.fields, 'declaredBy')) {
    return rejectPlan(mutation.id, 'invalid', '宣言者は宣言する管理者本人です', 'declaredBy');
  }
  return null;
}
