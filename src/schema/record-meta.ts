import * as z from 'zod';

/** Fields every synced record carries; the server owns rev, deleted and updatedAt. */
export const RecordMetaSchema = z.object({
  id: z.uuid(),
  rev: z.int().min(0),
  deleted: z.boolean(),
  updatedAt: z.string(),
});

export const SERVER_FIELDS = ['id', 'rev', 'deleted', 'updatedAt'] as const;

export const IsoDateSchema = z.iso.date('日付は YYYY-MM-DD の形式で入力してください');
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
export const TextSchema = z.string().trim().max(2000);
export const ShortTextSchema = z.string().trim().max(200);
export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{0,20}$/, '電話番号は数字と - で入力してください');
