import type { Language } from '../i18n/i18n.ts';

/** Whole seconds until `retryAfter` (ISO time), rounded up so 0 means "try now"; 0 when there is no wait. */
export function secondsUntil(retryAfter: string | null, nowMs: number): number {
  if (!retryAfter) return 0;
  const at = Date.parse(retryAfter);
  if (Number.isNaN(at)) return 0;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** A wait in words for the lock screen: 「4分05秒」「45秒」, "4 min 05 s", "45 s". */
export function formatWait(seconds: number, language: Language): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (language === 'en') return minutes > 0 ? `${minutes} min ${String(rest).padStart(2, '0')} s` : `${rest} s`;
  return minutes > 0 ? `${minutes}分${String(rest).padStart(2, '0')}秒` : `${rest}秒`;
}
