// How many idle minutes before the app locks itself: a preference of this device, chosen in 設定.

export const AUTO_LOCK_CHOICES = [1, 5, 15, 30] as const;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;
/** Hidden (another app, the home screen) for longer than this: the app is locked when it comes back. */
export const HIDDEN_LOCK_MS = 60_000;

const STORAGE_KEY = 'tsunagu:autoLockMinutes';
const listeners = new Set<(minutes: number) => void>();
let current: number | null = null;

/** A stored value, or the default when it is missing or not one of the choices. */
export function parseAutoLockMinutes(raw: string | null): number {
  const minutes = Number(raw);
  return (AUTO_LOCK_CHOICES as readonly number[]).includes(minutes) ? minutes : DEFAULT_AUTO_LOCK_MINUTES;
}

export function readAutoLockMinutes(): number {
  if (current === null) {
    try {
      current = parseAutoLockMinutes(localStorage.getItem(STORAGE_KEY));
    } catch {
      current = DEFAULT_AUTO_LOCK_MINUTES;
    }
  }
  return current;
}

export function saveAutoLockMinutes(minutes: number): void {
  const value = parseAutoLockMinutes(String(minutes));
  current = value;
  try {
    localStorage.setItem(STORAGE_KEY, String(value));
  } catch {
    // Without storage the choice lasts until the page is reloaded.
  }
  for (const listener of listeners) listener(value);
}

export function onAutoLockMinutesChange(listener: (minutes: number) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
