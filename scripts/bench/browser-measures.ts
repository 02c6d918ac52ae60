import type { Page } from 'playwright-core';

// Page-side measurements. Each runs inside Chromium; times come from the page's own performance.now().

/** Raw IndexedDB puts of the given records in one transaction: the physical floor for a first sync. */
export async function measureRawIdbWrite(page: Page, records: unknown[]): Promise<number> {
  return page.evaluate(async (rows) => {
    const name = `bench-raw-${Math.random()}`;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('records', { keyPath: 'id' });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      for (const row of rows) store.put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const elapsed = performance.now() - started;
    db.close();
    await new Promise((resolve) => {
      const del = indexedDB.deleteDatabase(name);
      del.onsuccess = del.onerror = del.onblocked = resolve;
    });
    return elapsed;
  }, records);
}

/** Counts rows of a table in the app's own database (0 when it does not exist yet). */
/**
 * Records of a collection stored in either layer (src/db/layered-records.ts): rows of their own and the ids a
 * first sync's chunks hold, each id once; and how many case chunks lack their index body (the list's rows).
 */
export async function countStoredRecords(page: Page, collection: string): Promise<{ records: number; chunksWithoutIndex: number }> {
  return page.evaluate(
    (name) =>
      new Promise<{ records: number; chunksWithoutIndex: number }>((resolve, reject) => {
        const open = indexedDB.open('tsunagu');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction([name, 'chunks', 'chunkBodies']);
          const ids = new Set<string>();
          const own = tx.objectStore(name).getAllKeys();
          const headers = tx.objectStore('chunks').getAll();
          const bodies = tx.objectStore('chunkBodies').getAllKeys();
          tx.oncomplete = () => {
            for (const id of own.result) ids.add(String(id));
            const chunks = (headers.result as { id: string; collection: string; ids: string[] }[]).filter((chunk) => chunk.collection === name);
            for (const chunk of chunks) for (const id of chunk.ids) ids.add(id);
            const indexed = new Set((bodies.result as [string, string][]).filter(([, part]) => part === 'index').map(([chunkId]) => chunkId));
            resolve({ records: ids.size, chunksWithoutIndex: name === 'cases' ? chunks.filter((chunk) => !indexed.has(chunk.id)).length : 0 });
            open.result.close();
          };
        };
      }),
    collection,
  );
}

export async function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('tsunagu');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return resolve(0);
          const count = db.transaction(name).objectStore(name).count();
          count.onsuccess = () => resolve(count.result);
        };
        open.onerror = () => resolve(0);
      }),
    table,
  );
}

/** Milliseconds from navigation start until the app marked its case list visible. */
export async function readListVisibleMark(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('tsunagu:list-visible').length > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => performance.getEntriesByName('tsunagu:list-visible')[0]!.startTime);
}

/** JavaScript the page fetched (excluding the service worker), by URL path, split at `beforeMs` (page time). */
export async function listLoadedScripts(page: Page, beforeMs: number): Promise<{ early: string[]; late: string[] }> {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, startTime: entry.startTime })),
  );
  const scripts = entries
    .map(({ name, startTime }) => ({ path: new URL(name).pathname, startTime }))
    .filter(({ path }) => path.endsWith('.js') && path !== '/sw.js');
  return {
    early: scripts.filter((s) => s.startTime <= beforeMs).map((s) => s.path),
    late: scripts.filter((s) => s.startTime > beforeMs).map((s) => s.path),
  };
}
