import { randomUUID } from 'node:crypto';
import type { Account } from '../store/access-store.ts';
import type { Store } from '../store/store.ts';
import type { CreateAccount, UpdateAccount } from '../../src/schema/admin.ts';
import { hashPassword } from './password.ts';

/** Who did it: an administrator's user id, or `cli:<os user>` for the command line. */
export type Actor = string;

async function audit(store: Store, actor: Actor, action: string, userId: string, detail: Record<string, unknown> = {}) {
  await store.appendAudit({ at: new Date().toISOString(), userId: actor, action, collection: 'users', recordId: userId, detail: JSON.stringify(detail) });
}

/** Creates an account (audited); null when the user name is taken. */
export async function createAccount(store: Store, input: CreateAccount, actor: Actor): Promise<Account | null> {
  if (await store.findUserByUsername(input.username)) return null;
  const id = `user-${randomUUID()}`;
  const user = { id, username: input.username, name: input.name, role: input.role, areas: input.areas };
  await store.createUser({ ...user, passwordHash: await hashPassword(input.password) });
  await audit(store, actor, 'account-create', id, { username: input.username, role: input.role, areas: input.areas });
  return { ...user, disabledAt: null };
}

/**
 * Applies one change (disable/enable, areas, password), audited. Disabling makes every token of the account
 * answer `account_disabled` (its devices wipe themselves); a new password ends every sign-in; new areas make
 * each device re-read its scope and purge what fell out of it.
 */
export async function updateAccount(store: Store, userId: string, change: UpdateAccount, actor: Actor): Promise<Account | null> {
  if (!(await store.access.findAccount(userId))) return null;
  if ('disabled' in change) {
    await store.access.setDisabled(userId, change.disabled ? new Date().toISOString() : null);
    await audit(store, actor, change.disabled ? 'account-disable' : 'account-enable', userId);
  } else if ('areas' in change) {
    await store.access.setAreas(userId, change.areas);
    await audit(store, actor, 'account-areas', userId, { areas: change.areas });
  } else {
    await store.access.setPasswordHash(userId, await hashPassword(change.password));
    await audit(store, actor, 'account-password', userId);
  }
  return store.access.findAccount(userId);
}
