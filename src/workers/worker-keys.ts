import { getDb } from '../db/database.ts';
import { adoptDeviceKeys, lockVault, type DeviceKeys } from '../db/vault.ts';

/**
 * A dedicated worker reads sealed records with the keys of the page that started it (CryptoKeys cross
 * postMessage as opaque handles, never as bytes); the page hands them over on every unlock and takes them back
 * on every lock.
 */
export function setWorkerKeys(keys: DeviceKeys | null): void {
  if (keys) adoptDeviceKeys(getDb(), keys);
  else lockVault(getDb());
}
