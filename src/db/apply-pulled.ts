import type { PulledChange } from '../schema/sync-protocol.ts';
import type { Case } from '../schema/case.ts';
import { toCaseRow } from './case-rows.ts';
import { putDisasterRows } from './disaster-rows.ts';
import { SYNCED_TABLES, type OutboxEntry, type TsunaguDb } from './database.ts';

type Row = Record<string, unknown> & { id: string };

/**
 * Writes one pulled page in a single transaction with bulkPut. A record with local changes not yet accepted
 * by the server is rebased: the server's version underneath, the local edit on top.
 */
export async function applyPulledChanges(db: TsunaguDb, changes: readonly PulledChange[]): Promise<void> {
  if (changes.length === 0) return;
  await db.transaction('rw', [...SYNCED_TABLES, 'caseRows', 'disasterRows', 'outbox'], async () => {
    const local = await unsettledByRecord(db);
    const byTable = new Map<string, Row[]>();
    for (const { collection, record } of changes) {
      const rows = byTable.get(collection) ?? [];
      rows.push(rebase(record, local.get(record.id)));
      byTable.set(collection, rows);
    }
    const cases = (byTable.get('cases') ?? []) as unknown as Case[];
    await Promise.all([
      ...[...byTable].map(([name, rows]) => db.table<Row, string>(name).bulkPut(rows)),
      db.caseRows.bulkPut(cases.map(toCaseRow)),
      putDisasterRows(db, cases),
    ]);
  });
}

async function unsettledByRecord(db: TsunaguDb): Promise<Map<string, OutboxEntry[]>> {
  const map = new Map<string, OutboxEntry[]>();
  if ((await db.outbox.count()) === 0) return map;
  for (const entry of await db.outbox.orderBy('seq').toArray()) {
    const list = map.get(entry.recordId) ?? [];
    list.push(entry);
    map.set(entry.recordId, list);
  }
  return map;
}

function rebase(record: Row, entries: readonly OutboxEntry[] | undefined): Row {
  if (!entries) return record;
  let rebased: Row = { ...record };
  for (const entry of entries) {
    rebased = entry.op === 'delete' ? { ...rebased, deleted: true } : { ...rebased, ...entry.fields };
  }
  return rebased;
}
