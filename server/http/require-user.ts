import type { MiddlewareHandler } from 'hono';
import type { User } from '../../src/schema/session.ts';
import { hashToken, readBearer } from '../auth/tokens.ts';
import type { Store } from '../store/store.ts';
import { ApiFailure } from './api-error.ts';

export type AppEnv = { Variables: { user: User; familyId: string | null } };

/**
 * Bearer-token guard: sets `user`, or answers 401 (no, unknown or expired token: refresh or sign in again) or
 * 403 `account_disabled` (the account was disabled: the device wipes itself).
 */
export function requireUser(store: Store, now: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    if (!header) throw new ApiFailure(401, 'unauthorized', 'サインインが必要です');
    const token = readBearer(header);
    const session = token ? await store.access.findSession(hashToken(token), now()) : null;
    if (!session) throw new ApiFailure(401, 'invalid_token', 'セッションが無効か期限切れです。もう一度サインインしてください');
    if (session.disabled) throw new ApiFailure(403, 'account_disabled', 'このアカウントは停止されました。端末のデータは消去されます');
    c.set('user', session.user);
    c.set('familyId', session.familyId);
    await next();
  };
}
