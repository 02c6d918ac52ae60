import * as z from 'zod';
import { MunicipalityCodeSchema } from './municipality-code.ts';
import { SealKeySchema } from './seal-key.ts';

export const ROLES = ['coordinator', 'supervisor', 'admin'] as const;

export const UserSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  /** Municipality codes the user works in; an admin's `['*']` means every area. */
  areas: z.array(z.union([MunicipalityCodeSchema, z.literal('*')])),
});
export type User = z.infer<typeof UserSchema>;

export const SessionRequestSchema = z.object({
  username: z.string().trim().min(1, 'ユーザー名を入力してください').max(100),
  password: z.string().min(1, 'パスワードを入力してください').max(200),
});
export type SessionRequest = z.infer<typeof SessionRequestSchema>;

/**
 * An access token (short-lived) and a one-time refresh token that ends with the sign-in, and the server's key
 * for sealed mutations, so a tablet has it from its first sign-in on.
 */
export const SessionResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  refreshToken: z.string(),
  refreshExpiresAt: z.string(),
  user: UserSchema,
  sealKey: SealKeySchema,
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const RefreshRequestSchema = z.object({ refreshToken: z.string().regex(/^[\w-]{20,200}$/, 'refreshToken is not a token') });

export const HealthResponseSchema = z.object({ ok: z.literal(true), version: z.string() });

export const ApiErrorSchema = z.object({
  error: z.looseObject({ code: z.string(), message: z.string(), field: z.string().optional() }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
