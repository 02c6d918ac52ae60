import { formatDateJa } from '../../domain/dates.ts';
import { getLanguage } from '../i18n/i18n.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date (YYYY-MM-DD) as English readers write it: 21 Sep 2026. */
export function formatDateEn(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** A date in the current language: 2026年9月21日（令和8年） or 21 Sep 2026. */
export const formatDate = (isoDate: string): string => (getLanguage() === 'en' ? formatDateEn(isoDate) : formatDateJa(isoDate));
