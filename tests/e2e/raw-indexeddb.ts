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

/** Rows of a table of the app's database, counted raw (0 when the table does not exist). */
export function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate((name) => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('tsunagu');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      if (!open.result.objectStoreNames.contains(name)) return resolve(0);
      const count = open.result.transaction(name).objectStore(name).count();
      count.onsuccess = () => {
        resolve(count.result);
        open.result.close();
      };
    };
  }), table);
}

/**
 * Run in the page (any engine's driver): the ids of the cases the tablet holds, read raw — rows of their own and
 * the ids the chunks of a first sync name (src/db/chunks.ts), each once.
 */
export function storedCaseIdsInPage(): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('tsunagu');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['cases', 'chunks']);
      const own = tx.objectStore('cases').getAllKeys();
      const chunks = tx.objectStore('chunks').getAll();
      tx.oncomplete = () => {
        const ids = new Set(own.result.map(String));
        for (const chunk of chunks.result as { collection: string; ids: string[] }[]) {
          if (chunk.collection === 'cases') for (const id of chunk.ids) ids.add(id);
        }
        resolve([...ids]);
        open.result.close();
      };
    };
  });
}
