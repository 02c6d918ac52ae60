import { ja, type MessageKey } from './messages.ts';

export type Language = 'ja' | 'en';

const STORAGE_KEY = 'tsunagu:lang';
const listeners = new Set<(language: Language) => void>();
let english: Record<MessageKey, string> | undefined;
/** English tables other modules load lazily (care names): fetched with the catalogue, before the re-render. */
const englishLoaders = new Set<() => Promise<unknown>>();

/** Registers a lazy English table: loaded whenever English is chosen, before anything re-renders in it. */
export function loadWithEnglish(loader: () => Promise<unknown>): void {
  englishLoaders.add(loader);
  if (current === 'en') void loader();
}

function readStoredLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

let current: Language = 'ja';

export const getLanguage = (): Language => current;

/** Switches the language (fetching the English catalogue on first use), remembers it and re-renders. */
export async function setLanguage(language: Language): Promise<void> {
  if (language === 'en') {
    const [catalogue] = await Promise.all([import('./messages-en.ts'), ...[...englishLoaders].map((load) => load())]);
    english ??= catalogue.en;
  }
  current = language;
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  for (const listener of listeners) listener(language);
}

/** Applies the language stored on this device (before the first render). */
export async function restoreLanguage(): Promise<void> {
  const stored = readStoredLanguage();
  if (stored !== current) await setLanguage(stored).catch(() => undefined);
}

export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type Params = Record<string, string | number>;

function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Looks a message up in the current language and fills `{name}` placeholders. */
export function t(key: MessageKey, params?: Params): string {
  return fill((current === 'en' && english ? english : ja)[key], params);
}

/**
 * A feature's own catalogue, shipped in the feature's lazy chunk instead of the first page's. Both languages
 * are required by the type, like the main catalogue.
 */
export function defineMessages<K extends string>(catalogue: { ja: Record<K, string>; en: Record<K, string> }) {
  return (key: K, params?: Params): string => fill((current === 'en' ? catalogue.en : catalogue.ja)[key], params);
}
