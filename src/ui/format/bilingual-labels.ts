import { getLanguage } from '../i18n/i18n.ts';

/**
 * Labels that follow the language: Japanese as is, or "English (日本語)" for the bilingual staff who use the
 * English screens. Each property is a getter, so a table imported once still reads in the language chosen later.
 */
export function bilingualLabels<K extends string>(ja: Record<K, string>, en: Record<K, string>): Record<K, string> {
  const labels = {} as Record<K, string>;
  for (const key of Object.keys(ja) as K[]) {
    Object.defineProperty(labels, key, { enumerable: true, get: () => (getLanguage() === 'en' ? `${en[key]} (${ja[key]})` : ja[key]) });
  }
  return labels;
}
