import * as z from 'zod';
import { RECORD_SCHEMAS, type Collection } from './collections.ts';
import { MutationErrorSchema, MutationSchema } from './sync-protocol.ts';

export const DEVICE_BACKUP_FORMAT = 'tsunagu-device-backup';
export const DEVICE_BACKUP_VERSION = 1;

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
 * A device backup file (JSON): the unsent and refused changes and the records they touch. Personal data in
 * clear until the app lock encrypts it.
 */
export const DeviceBackupSchema = z.object({
  format: z.literal(DEVICE_BACKUP_FORMAT),
  version: z.literal(DEVICE_BACKUP_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  entries: z.array(BackupEntrySchema),
  records: z.array(BackupRecordSchema),
});
export type DeviceBackup = z.infer<typeof DeviceBackupSchema>;
