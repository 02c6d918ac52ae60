import { decryptBytes, encryptBytes } from '../crypto/aes-gcm.ts';
import { decodeJson, encodeJson, fromBase64Url, toBase64Url } from '../crypto/bytes.ts';
import { derivePinKey, newPinKdf, PBKDF2_ITERATIONS } from '../crypto/pin-key.ts';
import { DEVICE_BACKUP_FORMAT, DEVICE_BACKUP_VERSION, type DeviceBackup, type SealedDeviceBackup } from '../schema/device-backup.ts';
import { DeviceBackupError, parseBackupFile, parseDeviceBackup } from './device-backup.ts';

// The backup file leaves the app (Downloads, a USB stick): its contents are sealed under a passphrase typed at
// export — not the PIN, so the file can be restored on another tablet by someone who knows only the passphrase.

export const BACKUP_PASSPHRASE_MIN_LENGTH = 8;
const LABEL = 'device-backup';

/** The text of a backup file: `backup` sealed with AES-256-GCM under a key derived from `passphrase`. */
export async function writeBackupFile(backup: DeviceBackup, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  if (passphrase.normalize('NFKC').length < BACKUP_PASSPHRASE_MIN_LENGTH) throw new DeviceBackupError('short-passphrase');
  const kdf = newPinKdf(iterations);
  const key = await derivePinKey(passphrase, kdf, ['encrypt', 'decrypt']);
  const { iv, ct } = await encryptBytes(key, encodeJson(backup), LABEL);
  const file: SealedDeviceBackup = {
    format: DEVICE_BACKUP_FORMAT,
    version: DEVICE_BACKUP_VERSION,
    createdAt: backup.createdAt,
    entryCount: backup.entries.length,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: toBase64Url(kdf.salt) },
    iv: toBase64Url(iv),
    ct: toBase64Url(ct),
  };
  return JSON.stringify(file, null, 2);
}

/** A backup file's contents; a sealed file needs its passphrase (a wrong one: DeviceBackupError 'wrong-passphrase'). */
export async function readBackupFile(text: string, passphrase: string): Promise<DeviceBackup> {
  const file = parseBackupFile(text);
  if ('clear' in file) return file.clear;
  const { kdf, iv, ct } = file.sealed;
  const key = await derivePinKey(passphrase, { ...kdf, salt: fromBase64Url(kdf.salt) }, ['encrypt', 'decrypt']);
  let plaintext: ArrayBuffer;
  try {
    plaintext = await decryptBytes(key, { iv: fromBase64Url(iv), ct: fromBase64Url(ct).buffer }, LABEL);
  } catch {
    throw new DeviceBackupError('wrong-passphrase');
  }
  return parseDeviceBackup(decodeJson(plaintext));
}
