import { createHash, randomBytes } from 'node:crypto';

/** A sign-in lasts one working day: its refresh tokens end 12 h after the password was given, however used. */
export const SESSION_HOURS = 12;
/** Access tokens are short-lived; the client refreshes them with a one-time refresh token. */
export const ACCESS_MINUTES = 15;

/** A bearer or refresh token: 32 random bytes, base64url. Only its SHA-256 is stored. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function accessExpiry(now: Date, familyEnds: Date): Date {
  return new Date(Math.min(now.getTime() + ACCESS_MINUTES * 60_000, familyEnds.getTime()));
}

export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_HOURS * 3_600_000);
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function readBearer(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
}
