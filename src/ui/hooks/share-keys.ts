import { getDb } from '../../db/database.ts';
import { getDeviceKeys, onLockChange, type DeviceKeys } from '../../db/vault.ts';

/**
 * A worker started by this page reads sealed records with the page's keys: handed over now, again on every
 * unlock, and dropped on every lock. Call once per worker, when it is created.
 */
export function shareKeysWith(worker: { setKeys(keys: DeviceKeys | null): unknown }): void {
  void worker.setKeys(getDeviceKeys(getDb()));
  onLockChange(() => void worker.setKeys(getDeviceKeys(getDb())));
}
