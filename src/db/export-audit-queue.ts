import { createStore, get, update, type UseStore } from 'idb-keyval';
import * as z from 'zod';
import { ExportAuditSchema, type ExportAudit } from '../schema/stats.ts';

// Client-side exports (statistics CSV, print) waiting to reach the server's audit log. Kept beside the Dexie
// database, one queue per local database like device-state.ts, so an export made offline is not forgotten.

type Owner = { name: string };
const stores = new Map<string, UseStore>();
const KEY = 'pending';
const QueueSchema = z.array(ExportAuditSchema);

function kv(owner: Owner): UseStore {
  let store = stores.get(owner.name);
  if (!store) {
    store = createStore(`${owner.name}-export-audit`, 'queue');
    stores.set(owner.name, store);
  }
  return store;
}

const parseQueue = (value: unknown): ExportAudit[] => {
  const parsed = QueueSchema.safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
};

export async function listQueuedExports(owner: Owner): Promise<ExportAudit[]> {
  return parseQueue(await get(KEY, kv(owner)));
}

// `update` reads and writes in one IndexedDB transaction: two tabs queueing at once lose nothing.
export async function queueExport(owner: Owner, entry: ExportAudit): Promise<void> {
  await update(KEY, (value) => [...parseQueue(value), entry], kv(owner));
}

/** Drops the entries the server has recorded (by id), keeping any queued meanwhile. */
export async function dropQueuedExports(owner: Owner, ids: readonly string[]): Promise<void> {
  const sent = new Set(ids);
  await update(KEY, (value) => parseQueue(value).filter((entry) => !sent.has(entry.id)), kv(owner));
}
