import { useEffect, useState } from 'preact/hooks';
import { getLanguage, onLanguageChange, type Language } from '../i18n/i18n.ts';

/** The current language; the component re-renders when it changes. */
export function useLanguage(): Language {
  const [language, setLanguageState] = useState(getLanguage);
  useEffect(() => onLanguageChange(setLanguageState), []);
  return language;
}
