import type { User } from '../../src/schema/session.ts';
import type { ChainedAuditRow } from '../audit/audit-chain.ts';

/** An account as the administrator sees it: never the password hash. */
export type Account = User & { username: string; disabledAt: string | null };

/** The user behind an access token, whether the account is disabled, and the sign-in (family) it belongs to. */
export type SessionLookup = { user: User; disabled: boolean; familyId: string | null };

/** What presenting a refresh token found: a live one (now used up), a reused one (family revoked), or nothing. */
export type RefreshUse =
  | { kind: 'ok'; userId: string; familyId: string; disabled: boolean; endsAt: Date }
  | { kind: 'reused' }
  | { kind: 'unknown' };

export type AuditQuery = {
  userId?: string | undefined;
  action?: string | undefined;
  recordId?: string | undefined;
  /** ISO instants, inclusive from, exclusive to. */
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
};

/**
 * Accounts, token families, the device holdings behind purges, and the hash-chained audit log. Every store
 * exposes one as `store.access`; each method is one transaction.
 */
export interface AccessStore {
  listAccounts(): Promise<Account[]>;
  findAccount(userId: string): Promise<Account | null>;
  /** Sets or clears `disabled_at`; disabling revokes every token of the account (they answer `account_disabled`). */
  setDisabled(userId: string, disabledAt: string | null): Promise<boolean>;
  /** A new password hash; every existing sign-in of the account ends. */
  setPasswordHash(userId: string, passwordHash: string): Promise<boolean>;
  /** New areas; the account's scope epoch moves on, so each device re-reads its scope on the next pull. */
  setAreas(userId: string, areas: readonly string[]): Promise<boolean>;

  createSession(session: { tokenHash: string; userId: string; familyId: string; expiresAt: Date }): Promise<void>;
  findSession(tokenHash: string, now: Date): Promise<SessionLookup | null>;
  createRefresh(refresh: { tokenHash: string; userId: string; familyId: string; expiresAt: Date }): Promise<void>;
  /** Marks a refresh token used; a second use of the same token revokes its whole family (it was copied). */
  useRefresh(tokenHash: string, now: Date): Promise<RefreshUse>;
  revokeFamily(familyId: string): Promise<void>;

  /** Chains any entries appended since the last seal (PostgreSQL; SQLite chains on insert). */
  sealAudit(): Promise<void>;
  listAuditRows(query: AuditQuery): Promise<ChainedAuditRow[]>;
  /** Every row in chain order, for verification. */
  readAuditChain(): Promise<ChainedAuditRow[]>;
}
