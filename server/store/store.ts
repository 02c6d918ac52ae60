import type { Case } from '../../src/schema/case.ts';
import type { AccessStore } from './access-store.ts';
import type { DisasterReadResult } from '../sync/disaster-read.ts';
import type { Collection } from '../../src/schema/collections.ts';
import type { Resource } from '../../src/schema/resource.ts';
import type { User } from '../../src/schema/session.ts';
import type { Mutation, MutationError, PulledChange, PullResponse, PushResult } from '../../src/schema/sync-protocol.ts';
import type { Visit } from '../../src/schema/visit.ts';

/** A signed-in person as stored: the public user plus the login name and password hash. */
export type StoredUser = User & { username: string; passwordHash: string };

export type AuditEntry = {
  at: string;
  userId: string;
  action: string;
  collection: string | null;
  recordId: string | null;
  detail: string | null;
};

/**
 * One of the server's own key pairs, as stored: `id` names its use (`seal`: sealed mutations), the keys are
 * base64url (raw public point, PKCS #8 private key).
 */
export type ServerKeyRow = { id: string; publicKey: string; privateKey: string; createdAt: string };

/**
 * A pushed mutation refused before the store saw it (a sealed one that would not open). The store still
 * answers `duplicate` when its id was applied before, so a replay never looks like a failure.
 */
export type RefusedMutation = Pick<Mutation, 'id' | 'collection' | 'recordId'> & { refused: MutationError };

/** A push as the store applies it: sealed mutations already opened (or refused). */
export type PushBatch = { clientId: string; mutations: readonly (Mutation | RefusedMutation)[] };

/**
 * The device a pull is for (its push `clientId`), and how many removal announcements the cursor it sent has
 * seen (pull-cursor.ts; 0 when none).
 */
export type PullDevice = { clientId: string; announced?: number };

/** What aggregate statistics are computed from; records as stored (validated when written). */
export type StatsRecords = { cases: Case[]; visits: Visit[]; resources: Resource[] };

/** A full record to load as if the server had written it (seeding, imports). */
export type ImportEntry = { collection: Collection; record: { id: string } & Record<string, unknown> };

/**
 * Everything the HTTP layer needs from storage. Async throughout so a PostgreSQL store can follow the
 * SQLite one; each method is one transaction.
 */
export interface Store {
  /** Accounts, token families and the hash-chained audit log (issue 8). */
  readonly access: AccessStore;
  /** True when the database holds no users and no records (first start). */
  isEmpty(): Promise<boolean>;
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;
  /** Stores `candidate` unless a key with its id exists, and returns the stored one (the first writer wins). */
  claimServerKey(candidate: ServerKeyRow): Promise<ServerKeyRow>;

  createUser(user: StoredUser): Promise<void>;
  findUserByUsername(username: string): Promise<StoredUser | null>;
  createSession(session: { tokenHash: string; userId: string; expiresAt: Date }): Promise<void>;
  /** The user of an unexpired session, or null. */
  findSessionUser(tokenHash: string, now: Date): Promise<User | null>;

  /** Applies a push batch; one result per mutation, in order. */
  push(user: User, batch: PushBatch, now: Date): Promise<PushResult[]>;
  /**
   * One page of changes after `since` that `user` may see; consent reads are audited. With a `device`, the page
   * also lists the cases that device holds but may no longer see (`removals`) until its cursor shows it wrote
   * them, restarts from 0 when the account's areas changed since that device last pulled, and its cursor counts
   * the announcements (pull-cursor.ts).
   */
  pull(user: User, since: number, limit: number, now: Date, device?: PullDevice): Promise<PullResponse>;
  /**
   * Optional fast path: the same page as `pull`, already as the JSON response body in UTF-8, its cursor and
   * hasMore first. A store that keeps each record as wire JSON splices it in, skipping a parse and a stringify
   * of every record.
   */
  pullBody?(user: User, since: number, limit: number, now: Date, device?: PullDevice): Promise<Buffer>;

  /**
   * The records of one collection among `ids` that `user` may see now, as they are (the pull's rules; consent
   * reads audited): a tablet asks for them again after discarding a refused change.
   */
  readRecords(user: User, collection: Collection, ids: readonly string[], now: Date): Promise<PulledChange['record'][]>;

  importRecords(entries: readonly ImportEntry[], now: Date): Promise<void>;
  listAudit(filter?: { userId?: string; action?: string }): Promise<AuditEntry[]>;
  /** Appends one entry to the audit log (statistics served, exports made on a device). */
  appendAudit(entry: AuditEntry): Promise<void>;
  /**
   * Live cases whose home municipality is in `areas` (null: every area), their live visits and the live
   * directory, in one snapshot: the input of aggregate statistics only, never sent to a client as is.
   */
  listStatsRecords(areas: readonly string[] | null): Promise<StatsRecords>;
  /**
   * The widened read of a declared disaster event for a named responder (or an administrator): the disaster
   * fields of the affected areas' live cases and the event's safety checks; each read outside the user's own
   * scope is audited in the same transaction. `forbidden` outside the declaration, after the event's end.
   */
  readDisasterCases(user: User, eventId: string, now: Date): Promise<DisasterReadResult>;
  close(): Promise<void>;
}
