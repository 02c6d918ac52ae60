import * as z from 'zod';
import { MunicipalityCodeSchema } from './municipality-code.ts';
import { ROLES } from './session.ts';

/** At least 12 characters: a passphrase, not a PIN. Length beats composition rules. */
export const PasswordSchema = z.string().min(12, 'パスワードは 12 文字以上にしてください').max(200);

const AreasSchema = z.array(z.union([MunicipalityCodeSchema, z.literal('*')])).max(100);

export const AccountSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  areas: z.array(z.string()),
  disabledAt: z.string().nullable(),
});
export type AccountView = z.infer<typeof AccountSchema>;

export const AccountListSchema = z.object({ accounts: z.array(AccountSchema) });

export const CreateAccountSchema = z
  .object({
    username: z.string().regex(/^[a-z0-9._-]{3,40}$/, 'ユーザー名は半角英小文字・数字・._- の 3〜40 文字です'),
    name: z.string().trim().min(1, '氏名を入力してください').max(100),
    role: z.enum(ROLES),
    areas: AreasSchema,
    password: PasswordSchema,
  })
  .refine((a) => (a.role === 'admin') === a.areas.includes('*'), {
    message: '「すべての地域」(*) は管理者だけに、管理者には必ず設定します',
    path: ['areas'],
  });
export type CreateAccount = z.infer<typeof CreateAccountSchema>;

export const UpdateAccountSchema = z.union([
  z.object({ disabled: z.boolean() }).strict(),
  z.object({ areas: AreasSchema }).strict(),
  z.object({ password: PasswordSchema }).strict(),
]);
export type UpdateAccount = z.infer<typeof UpdateAccountSchema>;

export const AUDIT_ACTIONS = [
  'sign-in', 'sign-in-failed', 'sign-in-refused', 'sign-out', 'refresh-reused', 'read-consent', 'write-consent',
  'read-disaster', 'write-disaster', 'export', 'stats-view', 'audit-view', 'audit-export',
  'account-create', 'account-disable', 'account-enable', 'account-password', 'account-areas',
] as const;

export const AuditQuerySchema = z.object({
  userId: z.string().max(64).optional(),
  action: z.string().regex(/^[a-z-]{1,40}$/).optional(),
  recordId: z.string().max(64).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});
export type AuditQueryInput = z.infer<typeof AuditQuerySchema>;

export const AuditEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  userId: z.string(),
  action: z.string(),
  collection: z.string().nullable(),
  recordId: z.string().nullable(),
  detail: z.string().nullable(),
  hash: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof AuditEntrySchema>;

export const ChainVerdictSchema = z.object({
  ok: z.boolean(),
  entries: z.number(),
  brokenAt: z.number().optional(),
  reason: z.string().optional(),
  head: z.string().optional(),
});

export const AuditListSchema = z.object({ entries: z.array(AuditEntrySchema), chain: ChainVerdictSchema });
export type AuditList = z.infer<typeof AuditListSchema>;
