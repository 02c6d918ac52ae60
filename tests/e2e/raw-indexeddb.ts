import type { Page } from 'playwright-core';

/** Everything in every IndexedDB database of the origin as one string; bytes decoded as UTF-8 text. */
export function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const parts: string[] = [];
    const toText = (value: unknown): string => JSON.stringify(value, (_key, inner: unknown) => {
      if (inner instanceof ArrayBuffer) return decoder.decode(inner);
      if (ArrayBuffer.isView(inner)) return decoder.decode(inner);
      if (typeof CryptoKey !== 'undefined' && inner instanceof CryptoKey) return '[CryptoKey]';
      return inner;
    });
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        parts.push(`${name}/${store}: ${toText(rows)}`);
      }
      db.close();
    }
    return parts.join('\n');
  });
}
