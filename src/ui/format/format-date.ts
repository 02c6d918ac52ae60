import { formatDateJa } from '../../domain/dates.ts';
import { getLanguage } from '../i18n/i18n.ts';
import { parseStamp } from './format-time.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date (YYYY-MM-DD) as English readers write it: 21 Sep 2026. */
export function formatDateEn(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** A date in the current language: 2026年9月21日（令和8年） or 21 Sep 2026. */
export const formatDate = (isoDate: string): string => (getLanguage() === 'en' ? formatDateEn(isoDate) : formatDateJa(isoDate));

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A moment as the app writes dates (2026年11月27日（令和8年） 10:00, or 27 Nov 2026 10:00): a visit's time beside
 * its follow-ups' due dates reads in one convention.
 */
export function formatDateTime(stamp: string): string {
  const date = parseStamp(stamp);
  if (!date) return stamp;
  const day = `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
  return `${formatDate(day)} ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}
