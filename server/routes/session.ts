import type { Context, Hono } from 'hono';
import { RefreshRequestSchema, SessionRequestSchema, type SessionResponse } from '../../src/schema/session.ts';
import { issueTokens } from '../auth/issue-tokens.ts';
import { verifyAgainstDummy, verifyPassword } from '../auth/password.ts';
import { ACCOUNT_POLICY, ADDRESS_POLICY, SignInLimiter } from '../auth/rate-limit.ts';
import { hashToken, sessionExpiry } from '../auth/tokens.ts';
import { ApiFailure, parseJsonBody } from '../http/api-error.ts';
import { readClientAddress } from '../http/client-address.ts';
import { requireUser, type AppEnv } from '../http/require-user.ts';
import { toSealKeyWire, type ServerSealKey } from '../keys/seal-key.ts';
import type { Store } from '../store/store.ts';

export type SessionRouteOptions = {
  trustProxy?: boolean;
  /** Sent with every sign-in and refresh, so a tablet can seal changes before it ever asks for the key. */
  sealKey: ServerSealKey;
};

function refuseUntil(waitMs: number): never {
  const seconds = Math.ceil(waitMs / 1000);
  throw new ApiFailure(429, 'rate_limited', `サインインの失敗が続いたため、${seconds} 秒待ってからお試しください`, undefined, {
    retryAfter: seconds,
  });
}

export function disabledFailure(): ApiFailure {
  return new ApiFailure(403, 'account_disabled', 'このアカウントは停止されました。端末のデータは消去されます');
}

/**
 * POST /api/session (sign-in, rate-limited per account and per address with backoff), POST /api/session/refresh
 * (rotates the refresh token; a reused one revokes the sign-in), DELETE /api/session (sign-out). All audited.
 */
export function addSessionRoutes(app: Hono<AppEnv>, store: Store, now: () => Date, options: SessionRouteOptions): void {
  const sealKey = toSealKeyWire(options.sealKey);
  const byAccount = new SignInLimiter(ACCOUNT_POLICY);
  const byAddress = new SignInLimiter(ADDRESS_POLICY);
  const audit = (c: Context, userId: string, action: string, detail: Record<string, unknown>) =>
    store.appendAudit({
      at: now().toISOString(), userId, action, collection: null, recordId: null,
      detail: JSON.stringify({ ...detail, address: readClientAddress(c, options.trustProxy ?? false) }),
    });

  app.post('/api/session', async (c) => {
    const address = `addr:${readClientAddress(c, options.trustProxy ?? false)}`;
    const at = now().getTime();
    const addressWait = byAddress.waitMs(address, at);
    if (addressWait > 0) refuseUntil(addressWait);
    const { username, password } = await parseJsonBody(c, SessionRequestSchema);
    const account = `user:${username.normalize('NFKC').toLowerCase()}`;
    const accountWait = byAccount.waitMs(account, at);
    if (accountWait > 0) refuseUntil(accountWait);
    const found = await store.findUserByUsername(username);
    const isValid = found ? await verifyPassword(password, found.passwordHash) : await verifyAgainstDummy(password);
    if (!found || !isValid) {
      byAccount.recordFailure(account, at);
      byAddress.recordFailure(address, at);
      // A mistyped name may be a password typed in the wrong box: only known account ids are recorded.
      await audit(c, found?.id ?? '-', 'sign-in-failed', found ? {} : { unknownAccount: true });
      throw new ApiFailure(401, 'invalid_credentials', 'ユーザー名またはパスワードが違います');
    }
    byAccount.recordSuccess(account);
    const state = await store.access.findAccount(found.id);
    if (state?.disabledAt) {
      await audit(c, found.id, 'sign-in-refused', { reason: 'account_disabled' });
      throw disabledFailure();
    }
    await audit(c, found.id, 'sign-in', {});
    const tokens = await issueTokens(store.access, found, null, now(), () => sessionExpiry(now()));
    return c.json({ ...tokens, sealKey } satisfies SessionResponse);
  });

  app.post('/api/session/refresh', async (c) => {
    const { refreshToken } = await parseJsonBody(c, RefreshRequestSchema);
    const used = await store.access.useRefresh(hashToken(refreshToken), now());
    if (used.kind === 'reused') await audit(c, '-', 'refresh-reused', {});
    if (used.kind !== 'ok') throw new ApiFailure(401, 'invalid_token', 'サインインの有効期限が切れました。もう一度サインインしてください');
    if (used.disabled) throw disabledFailure();
    const account = await store.access.findAccount(used.userId);
    if (!account) throw new ApiFailure(401, 'invalid_token', 'もう一度サインインしてください');
    const family = { id: used.familyId, endsAt: used.endsAt };
    const tokens = await issueTokens(store.access, account, family, now(), () => used.endsAt);
    return c.json({ ...tokens, sealKey } satisfies SessionResponse);
  });

  app.delete('/api/session', requireUser(store, now), async (c) => {
    const familyId = c.get('familyId');
    if (familyId) await store.access.revokeFamily(familyId);
    await audit(c, c.get('user').id, 'sign-out', {});
    return c.json({ ok: true });
  });
}
