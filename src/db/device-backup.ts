import * as z from 'zod';
import type { Case } from '../schema/case.ts';
import {
  DEVICE_BACKUP_FORMAT, DEVICE_BACKUP_VERSION, DeviceBackupSchema, type BackupEntry, type BackupRecord, type DeviceBackup,
  SealedDeviceBackupSchema, type SealedDeviceBackup,
} from '../schema/device-backup.ts';
import { replaceCaseIndexRows, sealCaseIndexRows } from './case-index.ts';
import { SYNCED_TABLES, type OutboxEntry, type TsunaguDb } from './database.ts';
import { sealOutboxEntry } from './outbox-seal.ts';
import { getRecord } from './records.ts';
import { openRows, sealRow, SENSITIVE_COLLECTIONS, type SealedTable, type StoredRow } from './sealed-rows.ts';

// A file a coordinator keeps so that unsent work survives a lost or wiped tablet (Safari deletes the data of a
// site not opened for seven days). Restoring re-queues the same mutation ids: the server answers `duplicate`
// for any it already has, so restoring twice, or on the device that made the file, is harmless.

type Row = Record<string, unknown> & { id: string };

export type BackupErrorCode = 'not-json' | 'not-backup' | 'newer-version' | 'invalid' | 'wrong-passphrase' | 'short-passphrase';

const MESSAGES: Record<BackupErrorCode, string> = {
  'not-json': 'バックアップファイルを読み取れません（JSON ではありません）',
  'not-backup': 'つなぐのバックアップファイルではありません',
  'newer-version': 'このファイルは新しい版のつなぐで作られています。アプリを更新してから戻してください',
  invalid: 'バックアップファイルの内容が正しくありません（壊れているか、書き換えられています）',
  'wrong-passphrase': 'バックアップのパスワードが違います（またはファイルが書き換えられています）',
  'short-passphrase': 'バックアップのパスワードは8文字以上にしてください',
};

/** Thrown when a file is not a backup this app can restore; nothing was written. */
export class DeviceBackupError extends Error {
  constructor(readonly code: BackupErrorCode) {
    super(MESSAGES[code]);
    this.name = 'DeviceBackupError';
  }
}

/** Every unsent and refused change, oldest first, with the local copy of each record they touch. */
export async function exportDeviceBackup(db: TsunaguDb, now = new Date()): Promise<DeviceBackup> {
  const outbox = await openRows<OutboxEntry>(db, 'outbox', await db.outbox.orderBy('seq').toArray());
  const records: BackupRecord[] = [];
  const seen = new Set<string>();
  for (const entry of outbox) {
    if (seen.has(entry.recordId)) continue;
    seen.add(entry.recordId);
    const record = await getRecord(db, entry.collection, entry.recordId);
    if (record) records.push({ collection: entry.collection, record } as BackupRecord);
  }
  const entries = outbox.map(({ seq: _seq, toServer: _toServer, ...entry }): BackupEntry => entry);
  return { format: DEVICE_BACKUP_FORMAT, version: 1, createdAt: now.toISOString(), entries, records };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DeviceBackupError('not-json');
  }
}

/** A backup's contents (as sealed in a file, or a version 1 file in clear), or a DeviceBackupError. */
export function parseDeviceBackup(value: unknown): DeviceBackup {
  const parsed = DeviceBackupSchema.safeParse(value);
  if (!parsed.success) throw new DeviceBackupError('invalid');
  return parsed.data;
}

/** A backup file's text: version 2 sealed (the passphrase opens it), version 1 in clear. */
export function parseBackupFile(text: string): { sealed: SealedDeviceBackup } | { clear: DeviceBackup } {
  const value = parseJson(text);
  const head = z.looseObject({ format: z.literal(DEVICE_BACKUP_FORMAT), version: z.int() }).safeParse(value);
  if (!head.success) throw new DeviceBackupError('not-backup');
  if (head.data.version > DEVICE_BACKUP_VERSION) throw new DeviceBackupError('newer-version');
  if (head.data.version === 1) return { clear: parseDeviceBackup(value) };
  const sealed = SealedDeviceBackupSchema.safeParse(value);
  if (!sealed.success) throw new DeviceBackupError('invalid');
  return { sealed: sealed.data };
}

export type RestoreResult = { added: number; alreadyQueued: number };

/**
 * Re-queues a backup's entries that this device does not hold (by mutation id), in their original order, and
 * shows them at once: each touched record is the local copy (or the backup's, if there is none) with the
 * re-queued fields on top, as a pull would rebase it. One transaction: a failure writes nothing.
 */
export async function restoreDeviceBackup(db: TsunaguDb, backup: DeviceBackup): Promise<RestoreResult> {
  const queued = await db.outbox.where('id').anyOf(backup.entries.map((entry) => entry.id)).toArray();
  const held = new Set(queued.map((entry) => entry.id));
  const added = backup.entries.filter((entry) => !held.has(entry.id));
  // Sealed before the transaction (WebCrypto cannot run inside one).
  const entries = await Promise.all(added.map((entry) => sealOutboxEntry(db, { ...entry } as OutboxEntry)));
  const writes: { collection: string; row: StoredRow; indexRows: StoredRow[] }[] = [];
  for (const { collection, record } of backup.records) {
    const recordEntries = added.filter((entry) => entry.recordId === record.id);
    const local = await getRecord(db, collection, record.id);
    if (local && recordEntries.length === 0) continue;
    const row = applyEntries((local as Row | undefined) ?? (record as Row), recordEntries);
    const sensitive = SENSITIVE_COLLECTIONS.has(collection);
    writes.push({
      collection,
      row: sensitive ? await sealRow(db, collection as SealedTable, row) : row,
      indexRows: collection === 'cases' ? await sealCaseIndexRows(db, [row as unknown as Case]) : [],
    });
  }
  return db.transaction('rw', [...SYNCED_TABLES, 'caseIndex', 'outbox'], async () => {
    await db.outbox.bulkAdd(entries);
    for (const write of writes) {
      await replaceCaseIndexRows(db, write.indexRows);
      await db.table(write.collection).put(write.row);
    }
    return { added: added.length, alreadyQueued: backup.entries.length - added.length };
  });
}

function applyEntries(row: Row, entries: readonly BackupEntry[]): Row {
  let next = { ...row };
  for (const entry of entries) next = entry.op === 'delete' ? { ...next, deleted: true } : { ...next, ...entry.fields };
  return next;
}
