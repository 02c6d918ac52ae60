import type { Hono } from 'hono';
import { SessionRequestSchema, type SessionResponse } from '../../src/schema/session.ts';
import { verifyAgainstDummy, verifyPassword } from '../auth/password.ts';
import { createToken, hashToken, sessionExpiry } from '../auth/tokens.ts';
import { ApiFailure, parseJsonBody } from '../http/api-error.ts';
import type { AppEnv } from '../http/require-user.ts';
import type { Store } from '../store/store.ts';

export function addSessionRoutes(app: Hono<AppEnv>, store: Store, now: () => Date): void {
  app.post('/api/session', async (c) => {
    const { username, password } = await parseJsonBody(c, SessionRequestSchema);
    const found = await store.findUserByUsername(username);
    const isValid = found ? await verifyPassword(password, found.passwordHash) : await verifyAgainstDummy(password);
    if (!found || !isValid) {
      throw new ApiFailure(401, 'invalid_credentials', 'ユーザー名またはパスワードが違います');
    }
    const token = createToken();
    const expiresAt = sessionExpiry(now());
    await store.createSession({ tokenHash: hashToken(token), userId: found.id, expiresAt });
    const response: SessionResponse = {
      token,
      expiresAt: expiresAt.toISOString(),
      user: { id: found.id, name: found.name, role: found.role, areas: found.areas },
    };
    return c.json(response);
  });
}
