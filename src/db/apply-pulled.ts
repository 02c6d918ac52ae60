import type { Case } from '../schema/case.ts';
import type { PulledChange, PullResponse } from '../schema/sync-protocol.ts';
import { SYNCED_TABLES, type OutboxEntry, type TsunaguDb } from './database.ts';
import { replaceCaseIndexRows, sealCaseIndexRows } from './case-index.ts';
import { purgeCases } from './purge-cases.ts';
import { openRows, sealRows, SENSITIVE_COLLECTIONS, type SealedTable, type StoredRow } from './sealed-rows.ts';

type Row = Record<string, unknown> & { id: string };

/** What a pulled page asks of the device: records to store, cases to remove (they left this user's scope). */
export type PulledPage = { changes: readonly PulledChange[]; removals: readonly string[] };

export const toPulledPage = (response: PullResponse): PulledPage => ({
  changes: response.changes,
  removals: (response.removals ?? []).map((removal) => removal.id),
});

const MAX_ATTEMPTS = 5;

/** A pulled page rebased and sealed, ready for its transaction, with the unsent changes it was rebased on. */
export type PreparedPage = { local: Unsettled; writes: SealedPage };

/** Rebases and seals a page outside any transaction (WebCrypto cannot run inside one). */
export async function preparePulledPage(db: TsunaguDb, page: PulledPage): Promise<PreparedPage> {
  const local = await unsettledByRecord(db);
  return { local, writes: await sealPage(db, page.changes, local) };
}

/**
 * Writes one pulled page in a single transaction with bulkPut (and, from the inbox, deletes its sealed copy in
 * the same transaction). A record with local changes not yet accepted by the server is rebased: the server's
 * version underneath, the local edit on top. Rows are sealed before the transaction — `prepared` when the
 * caller started that early (the sync seals the next page while this one is written); a local change made
 * meanwhile (another tab) sends it round again.
 */
export async function applyPulledPage(db: TsunaguDb, page: PulledPage, inboxSeq?: number, prepared?: Promise<PreparedPage>): Promise<void> {
  if (page.changes.length === 0 && page.removals.length === 0 && inboxSeq === undefined) return;
  for (let attempt = 1; ; attempt++) {
    // A page prepared early that failed (the app locked meanwhile, then unlocked) is prepared again.
    const early = attempt === 1 ? await prepared?.catch(() => undefined) : undefined;
    const { local, writes } = early ?? (await preparePulledPage(db, page));
    const tables = [...SYNCED_TABLES, 'caseIndex', 'outbox', 'inbox'];
    const applied = await db.transaction('rw', tables, async () => {
      const outbox = (await db.outbox.toCollection().primaryKeys()) as number[];
      if (outbox.some((seq) => !local.seqs.has(seq))) return false;
      await replaceCaseIndexRows(db, writes.indexRows);
      await Promise.all([...writes.tables].map(([name, rows]) => db.table(name).bulkPut(rows)));
      await purgeCases(db, page.removals);
      if (inboxSeq !== undefined) await db.inbox.delete(inboxSeq);
      return true;
    });
    if (applied) return;
    if (attempt === MAX_ATTEMPTS) throw new Error('local changes kept arriving while a pulled page was written');
  }
}

type Unsettled = { seqs: Set<number>; byRecord: Map<string, OutboxEntry[]> };

async function unsettledByRecord(db: TsunaguDb): Promise<Unsettled> {
  const byRecord = new Map<string, OutboxEntry[]>();
  const stored = await db.outbox.orderBy('seq').toArray();
  for (const entry of await openRows<OutboxEntry>(db, 'outbox', stored)) {
    const list = byRecord.get(entry.recordId) ?? [];
    list.push(entry);
    byRecord.set(entry.recordId, list);
  }
  return { seqs: new Set(stored.map((row) => row.seq!)), byRecord };
}

type SealedPage = { tables: Map<string, StoredRow[]>; indexRows: StoredRow[] };

async function sealPage(db: TsunaguDb, changes: readonly PulledChange[], local: Unsettled): Promise<SealedPage> {
  const byTable = new Map<string, Row[]>();
  for (const { collection, record } of changes) {
    const rows = byTable.get(collection) ?? [];
    rows.push(rebase(record, local.byRecord.get(record.id)));
    byTable.set(collection, rows);
  }
  const cases = (byTable.get('cases') ?? []) as unknown as Case[];
  const tables = new Map<string, StoredRow[]>();
  await Promise.all([...byTable].map(async ([name, rows]) => {
    const sensitive = SENSITIVE_COLLECTIONS.has(name as never);
    tables.set(name, sensitive ? await sealRows(db, name as SealedTable, rows) : rows);
  }));
  const indexRows = await sealCaseIndexRows(db, cases);
  return { tables, indexRows };
}

function rebase(record: Row, entries: readonly OutboxEntry[] | undefined): Row {
  if (!entries) return record;
  let rebased: Row = { ...record };
  for (const entry of entries) {
    rebased = entry.op === 'delete' ? { ...rebased, deleted: true } : { ...rebased, ...entry.fields };
  }
  return rebased;
}
