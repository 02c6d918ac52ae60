import * as z from 'zod';
import { RECORD_SCHEMAS, type Collection } from './collections.ts';
import { MutationErrorSchema, MutationSchema } from './sync-protocol.ts';

export const DEVICE_BACKUP_FORMAT = 'tsunagu-device-backup';
export const DEVICE_BACKUP_VERSION = 2;

/** An outbox entry as saved in a backup: the mutation (its id kept, so a replay is a duplicate) and its state. */
export const BackupEntrySchema = MutationSchema.extend({
  state: z.enum(['pending', 'rejected']),
  error: MutationErrorSchema.optional(),
});
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

const recordOf = <C extends Collection>(collection: C) =>
  z.object({ collection: z.literal(collection), record: RECORD_SCHEMAS[collection] });

/** A local record an entry touches, as the device held it when the backup was made. */
export const BackupRecordSchema = z.discriminatedUnion('collection', [
  recordOf('cases'), recordOf('visits'), recordOf('resources'),
  recordOf('safetyChecks'), recordOf('conflicts'), recordOf('disasterEvents'),
]);
export type BackupRecord = z.infer<typeof BackupRecordSchema>;

/**
 * What a device backup holds (the unsent and refused changes and the records they touch). Version 1 files held it
 * in clear; version 2 files hold it sealed under a passphrase (SealedDeviceBackupSchema).
 */
export const DeviceBackupSchema = z.object({
  format: z.literal(DEVICE_BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  entries: z.array(BackupEntrySchema),
  records: z.array(BackupRecordSchema),
});
export type DeviceBackup = z.infer<typeof DeviceBackupSchema>;

const Base64Url = z.string().regex(/^[\w-]*$/, 'must be base64url');

/**
 * A backup file as written since version 2: the backup's JSON sealed with AES-256-GCM under a key derived from a
 * passphrase typed at export (PBKDF2-HMAC-SHA-256), so a file left on a USB stick or in Downloads gives nothing away.
 */
export const SealedDeviceBackupSchema = z.object({
  format: z.literal(DEVICE_BACKUP_FORMAT),
  version: z.literal(DEVICE_BACKUP_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  entryCount: z.int().min(0),
  kdf: z.object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.int().min(1), salt: Base64Url }),
  iv: Base64Url,
  ct: Base64Url,
});
export type SealedDeviceBackup = z.infer<typeof SealedDeviceBackupSchema>;
