import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { readBackupFile, writeBackupFile } from '../../db/backup-file.ts';
import { DeviceBackupError, exportDeviceBackup, restoreDeviceBackup } from '../../db/device-backup.ts';
import { todayIso } from '../../domain/dates.ts';
import type { DeviceBackup } from '../../schema/device-backup.ts';
import { downloadBytes } from '../resources/download.ts';
import { flushExportAudit, recordExport } from '../stats/stats-api.ts';
import { triggerSync } from './sync-controller.ts';
import { tBackup } from './backup-messages.ts';
import { backupFileName } from './backup-file-name.ts';

export type BackupNotice = { kind: 'ok' | 'error'; text: string };

/** The municipalities of the cases in a backup, for the export's audit record. */
function municipalitiesOf(backup: DeviceBackup): string[] {
  const codes = backup.records.flatMap((item) => (item.collection === 'cases' ? [item.record.municipalityCode] : []));
  return [...new Set(codes)];
}

function describeError(error: unknown): string {
  if (error instanceof DeviceBackupError) return tBackup(`backup.error.${error.code}`);
  return tBackup('backup.error.other', { message: error instanceof Error ? error.message : String(error) });
}

/** Saves the unsent work to a file (audited like any export) and restores one, re-queueing its changes. */
export function useDeviceBackup(token: string) {
  const [notice, setNotice] = useState<BackupNotice | null>(null);
  // A backup made offline is audited when the signal returns (the queue survives a reload too).
  useEffect(() => {
    const flush = () => void flushExportAudit(token).catch(() => undefined);
    flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [token]);

  async function saveBackup(passphrase: string): Promise<void> {
    try {
      const backup = await exportDeviceBackup(getDb());
      const text = await writeBackupFile(backup, passphrase);
      downloadBytes(new TextEncoder().encode(text), backupFileName(backup.createdAt), 'application/json');
      void recordExport(token, { kind: 'device-backup', asOf: todayIso(), source: 'device', municipalities: municipalitiesOf(backup) })
        .catch(() => undefined);
      setNotice({ kind: 'ok', text: tBackup('backup.saved', { n: backup.entries.length }) });
    } catch (error) {
      setNotice({ kind: 'error', text: describeError(error) });
    }
  }

  async function restoreBackup(file: File, passphrase: string): Promise<void> {
    try {
      const backup = await readBackupFile(await file.text(), passphrase);
      const { added, alreadyQueued } = await restoreDeviceBackup(getDb(), backup);
      setNotice({ kind: 'ok', text: tBackup('backup.restored', { added, already: alreadyQueued }) });
      if (added > 0) triggerSync();
    } catch (error) {
      setNotice({ kind: 'error', text: describeError(error) });
    }
  }

  return { notice, saveBackup, restoreBackup };
}
