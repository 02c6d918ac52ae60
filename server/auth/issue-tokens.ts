import { randomUUID } from 'node:crypto';
import type { SessionResponse, User } from '../../src/schema/session.ts';
import type { AccessStore } from '../store/access-store.ts';
import { accessExpiry, createToken, hashToken } from './tokens.ts';

/** A sign-in's tokens and user; the route adds the server's seal key to make the whole SessionResponse. */
export type IssuedTokens = Omit<SessionResponse, 'sealKey'>;

/**
 * A fresh access token and a fresh one-time refresh token for one sign-in ("family"). Rotation keeps the
 * family and its end: a refresh token is valid until the family ends, and a second use of one revokes the family.
 */
export async function issueTokens(
  access: AccessStore, user: User, family: { id: string; endsAt: Date } | null, now: Date, familyEnds: () => Date,
): Promise<IssuedTokens> {
  const familyId = family?.id ?? randomUUID();
  const endsAt = family?.endsAt ?? familyEnds();
  const token = createToken();
  const refreshToken = createToken();
  const expiresAt = accessExpiry(now, endsAt);
  await access.createSession({ tokenHash: hashToken(token), userId: user.id, familyId, expiresAt });
  await access.createRefresh({ tokenHash: hashToken(refreshToken), userId: user.id, familyId, expiresAt: endsAt });
  return {
    token,
    expiresAt: expiresAt.toISOString(),
    refreshToken,
    refreshExpiresAt: endsAt.toISOString(),
    user: { id: user.id, name: user.name, role: user.role, areas: user.areas },
  };
}
