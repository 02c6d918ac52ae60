import { useEffect, useState } from 'preact/hooks';

const listeners = new Set<(isPersistent: boolean | null) => void>();
let isPersistent: boolean | null = null;

function publish(value: boolean): void {
  isPersistent = value;
  for (const listener of listeners) listener(value);
}

/** Asks the browser not to evict our IndexedDB under storage pressure (called after sign-in). */
export async function requestPersistentStorage(): Promise<void> {
  if (!navigator.storage?.persist) return;
  publish(await navigator.storage.persist().catch(() => false));
}

/** Reads whether storage is already persistent (at start-up, without prompting). */
export async function checkPersistentStorage(): Promise<void> {
  if (!navigator.storage?.persisted) return;
  publish(await navigator.storage.persisted().catch(() => false));
}

/** null until known; false means the browser may evict the data. */
export function useStoragePersistence(): boolean | null {
  const [value, setValue] = useState(isPersistent);
  useEffect(() => {
    listeners.add(setValue);
    // persist() may have settled between the first render and this subscription (Firefox answers at once).
    setValue(isPersistent);
    return () => listeners.delete(setValue);
  }, []);
  return value;
}
