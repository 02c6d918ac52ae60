import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Case } from '../schema/case.ts';
import type { CaseIndexKey, CaseIndexRow } from './case-index.ts';
import { upgradeToCaseRecord } from './upgrade-case-record.ts';
import type { Collection } from '../schema/collections.ts';
import type { Conflict } from '../schema/conflict.ts';
import type { DisasterCase, DisasterEvent } from '../schema/disaster-event.ts';
import type { Resource } from '../schema/resource.ts';
import type { SafetyCheck } from '../schema/safety-check.ts';
import type { Mutation, MutationError } from '../schema/sync-protocol.ts';
import type { Visit } from '../schema/visit.ts';
import type { Ciphertext } from '../crypto/aes-gcm.ts';
import type { SealedBox, SealedBoxWire } from '../crypto/sealed-box.ts';
import { lockVault, type VaultRecord } from './vault.ts';
import type { ChunkBody, ChunkHeader } from './chunks.ts';

/** An unsent or refused local change. `rejected` entries stay until a person fixes or discards them. */
export type OutboxEntry = Mutation & {
  seq?: number;
  state: 'pending' | 'rejected';
  error?: MutationError;
  /** `fields` sealed to the server's key while the app was unlocked: the service worker pushes it while locked. */
  toServer?: SealedMutation | null;
};

/** A mutation's fields sealed to the server's public key `keyId` (docs/sync-protocol.md, sealed mutations). */
export type SealedMutation = SealedBoxWire & { keyId: string };

/** An outbox entry as stored: what the sync engine needs to order, settle and push it in clear, `fields` sealed. */
export type StoredOutboxEntry = Stored<OutboxEntry, 'seq' | 'id' | 'collection' | 'recordId' | 'baseRev' | 'op' | 'at' | 'state' | 'error' | 'toServer' | 'asserted'>;

/** A pulled page the service worker stored while it could not open the database's records: sealed to the device key. */
export type InboxPage = { seq?: number; box: SealedBox; receivedAt: string };

/**
 * A row of a table holding children's data as stored: the fields it is keyed or indexed by in clear, the rest
 * sealed (src/db/sealed-rows.ts). Read through openRow/openRows, never field by field.
 */
export type Stored<T, K extends keyof T> = Pick<T, K> & { sealed?: Ciphertext };

export class TsunaguDb extends Dexie {
  cases!: EntityTable<Stored<Case, 'id' | 'rev' | 'deleted' | 'updatedAt' | 'municipalityCode'>, 'id'>;
  visits!: EntityTable<Stored<Visit, 'id' | 'rev' | 'deleted' | 'updatedAt' | 'caseId'>, 'id'>;
  resources!: EntityTable<Resource, 'id'>;
  safetyChecks!: EntityTable<Stored<SafetyCheck, 'id' | 'rev' | 'deleted' | 'updatedAt' | 'caseId' | 'eventId'>, 'id'>;
  conflicts!: EntityTable<Stored<Conflict, 'id' | 'rev' | 'deleted' | 'updatedAt' | 'recordId' | 'collection' | 'resolvedAt'>, 'id'>;
  outbox!: EntityTable<StoredOutboxEntry, 'seq'>;
  disasterEvents!: EntityTable<DisasterEvent, 'id'>;
  /** Disaster fields of cases outside this user's scope, read as a named responder; dropped when the event ends. */
  disasterCases!: Table<Stored<WidenedCase, 'eventId' | 'id' | 'municipalityCode'>, [string, string]>;
  /** What the case list and the disaster list need of each case, by [municipalityCode+id] (src/db/case-index.ts). */
  caseIndex!: Table<Stored<CaseIndexRow, 'municipalityCode' | 'id' | 'deleted'>, CaseIndexKey>;
  /** The device's wrapped keys (src/db/vault.ts). */
  vault!: EntityTable<VaultRecord, 'id'>;
  /** Pulled pages sealed to the device key, waiting for an unlocked app to write them (src/db/inbox.ts). */
  inbox!: EntityTable<InboxPage, 'seq'>;
  /** Pulled pages of cases and resources kept whole by a first sync: what is in clear of each (src/db/chunks.ts)… */
  chunks!: EntityTable<ChunkHeader, 'id'>;
  /** …and their bodies, by [chunkId+part]. */
  chunkBodies!: Table<ChunkBody, [string, string]>;

  constructor(name: string) {
    super(name);
    // Version 1. A later schema adds `this.version(2).stores({...}).upgrade(tx => ...)` below; never edit this one.
    this.version(1).stores({
      cases: 'id, municipalityCode, updatedAt',
      caseRows: 'id',
      visits: 'id, caseId, at',
      resources: 'id, type, municipalityCode',
      safetyChecks: 'id, caseId, eventId, at',
      conflicts: 'id, recordId, resolvedAt',
      outbox: '++seq, &id, recordId, state',
    });
    // Version 2 (the full case record): new fields filled in, case rows rebuilt for the list filters.
    this.version(2).stores({}).upgrade(upgradeToCaseRecord);
    // Version 3 (disaster mode): synced disaster events, and the widened read of a declared event.
    this.version(3).stores({ disasterEvents: 'id', disasterCases: '[eventId+id], eventId, municipalityCode' });
    // Version 4 (disaster list from rows): case rows carry what triage needs, indexed by municipality.
    // Version 5: those fields in their own table keyed by area (one key-range read, ~2× faster than the index).
    // (Both derived tables went in version 9; their rows were built here until then.)
    this.version(4).stores({ caseRows: 'id, municipalityCode' });
    this.version(5).stores({ caseRows: 'id', disasterRows: '[municipalityCode+id], &id' });
    // Version 6: every write asks for a record's refused changes (where({ recordId, state })); a compound index
    // answers it directly (Dexie warned on every save without it).
    this.version(6).stores({ outbox: '++seq, &id, recordId, state, [recordId+state]' });
    // Version 7 (first sync): indexes nothing queries dropped — each was one more write per pulled record.
    this.version(7).stores({
      cases: 'id',
      visits: 'id, caseId',
      resources: 'id, type',
      safetyChecks: 'id, caseId, eventId',
      conflicts: 'id, recordId',
    });
    // Version 8 (encryption at rest): the device's wrapped keys and the sealed pages pulled while locked. Rows
    // already on the tablet are sealed when the PIN is chosen (src/db/seal-existing.ts).
    this.version(8).stores({ vault: 'id', inbox: '++seq' });
    // Version 9 (first sync): the list rows and the disaster rows in one table, one sealed row per case — a first
    // sync wrote three sealed rows per child (and a unique index) and now writes two. The new table is filled
    // from the sealed cases after the next unlock (ensureCaseIndex); an upgrade cannot open them.
    this.version(9).stores({ caseRows: null, disasterRows: null, caseIndex: '[municipalityCode+id]' });
    // Version 10 (first sync): a first sync keeps each pulled page of cases and of resources whole, as a chunk,
    // instead of a row per record; rows of their own override a chunk's copy (src/db/chunks.ts).
    this.version(10).stores({ chunks: 'id, [collection+order]', chunkBodies: '[chunkId+part]' });
  }
}

export type WidenedCase = DisasterCase & { eventId: string };

export const SYNCED_TABLES: readonly Collection[] = ['cases', 'visits', 'resources', 'safetyChecks', 'conflicts', 'disasterEvents'];

let instance: TsunaguDb | undefined;

/** The one database of this origin, opened lazily (page, worker and service worker each hold their own handle). */
export function getDb(): TsunaguDb {
  instance ??= new TsunaguDb('tsunagu');
  return instance;
}

/** Deletes every local record, the outbox and the device's keys: sign-out without unsent changes, a wipe, tests. */
export async function clearLocalData(db: TsunaguDb): Promise<void> {
  const tables = [...SYNCED_TABLES, 'caseIndex', 'chunks', 'chunkBodies', 'outbox', 'disasterCases', 'inbox', 'vault'];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((name) => db.table(name).clear()));
  });
  // Loaded here only: drafts bring the full zod, which the first page must not load.
  await (await import('./drafts.ts')).clearAllDrafts(db);
  lockVault(db);
}
