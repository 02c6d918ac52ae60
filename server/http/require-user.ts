import type { MiddlewareHandler } from 'hono';
import type { User } from '../../src/schema/session.ts';
import { hashToken, readBearer } from '../auth/tokens.ts';
import type { Store } from '../store/store.ts';
import { ApiFailure } from './api-error.ts';

export type AppEnv = { Variables: { user: User } };

/** Bearer-token guard: sets `user`, or answers 401. */
export function requireUser(store: Store, now: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    if (!header) throw new ApiFailure(401, 'unauthorized', 'サインインが必要です');
    const token = readBearer(header);
    const user = token ? await store.findSessionUser(hashToken(token), now()) : null;
    if (!user) throw new ApiFailure(401, 'invalid_token', 'セッションが無効か期限切れです。もう一度サインインしてください');
    c.set('user', user);
    await next();
  };
}
