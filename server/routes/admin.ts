import type { Hono, MiddlewareHandler } from 'hono';
import { AccountSchema, CreateAccountSchema, UpdateAccountSchema } from '../../src/schema/admin.ts';
import { createAccount, updateAccount } from '../auth/accounts.ts';
import { ApiFailure, parseJsonBody } from '../http/api-error.ts';
import { requireUser, type AppEnv } from '../http/require-user.ts';
import type { Store } from '../store/store.ts';

/** Administrators only; everyone else gets 403 (a coordinator must not learn who else exists). */
export function requireAdmin(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('user').role !== 'admin') throw new ApiFailure(403, 'forbidden', '管理者だけが使えます');
    await next();
  };
}

const toView = (account: unknown) => AccountSchema.parse(account);

/**
 * GET /api/admin/users, POST /api/admin/users, PATCH /api/admin/users/:id ({disabled} | {areas} | {password}).
 * Every change is audited with the administrator as its actor.
 */
export function addAdminRoutes(app: Hono<AppEnv>, store: Store, now: () => Date): void {
  app.use('/api/admin/*', requireUser(store, now), requireAdmin());

  app.get('/api/admin/users', async (c) => c.json({ accounts: (await store.access.listAccounts()).map(toView) }));

  app.post('/api/admin/users', async (c) => {
    const input = await parseJsonBody(c, CreateAccountSchema);
    const created = await createAccount(store, input, c.get('user').id);
    if (!created) throw new ApiFailure(409, 'username_taken', 'そのユーザー名は使われています', 'username');
    return c.json({ account: toView(created) }, 201);
  });

  app.patch('/api/admin/users/:id', async (c) => {
    const change = await parseJsonBody(c, UpdateAccountSchema);
    const id = c.req.param('id');
    if (id === c.get('user').id && ('disabled' in change || 'areas' in change)) {
      throw new ApiFailure(409, 'own_account', '自分のアカウントは停止・地域変更できません（別の管理者が行います）');
    }
    const updated = await updateAccount(store, id, change, c.get('user').id);
    if (!updated) throw new ApiFailure(404, 'not_found', 'そのアカウントはありません');
    return c.json({ account: toView(updated) });
  });
}
