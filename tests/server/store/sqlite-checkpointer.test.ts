import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { startCheckpointer } from '../../../server/store/sqlite-checkpointer.ts';
import { prepareDatabase } from '../../../server/store/sqlite-schema.ts';
import { SqliteStore } from '../../../server/store/sqlite-store.ts';
import { makeCaseFields } from '../fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'tsunagu-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

describe('SqliteStore checkpoints', () => {
  it('copies committed writes into the database file without the writer checkpointing, and stops on close', async () => {
    const file = join(dir, 'tsunagu.sqlite');
    const store = new SqliteStore(file);
    const before = statSync(file).size;
    const records = Array.from({ length: 500 }, (_, i) => ({
      collection: 'cases' as const,
      record: { ...makeCaseFields(), id: `case-${i}`, notes: 'あ'.repeat(500) },
    }));
    await store.importRecords(records, new Date());
    // The writer's own threshold (1 GB) is far away: only the worker can have grown the database file.
    expect(await waitFor(() => statSync(file).size > before + 500 * 1000, 5000)).toBe(true);
    await store.close();
    // The last connection to close removes the WAL: the worker's connection is closed too.
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('checkpoints once the writer’s commits pause, long before its interval', async () => {
    const file = join(dir, 'asked.sqlite');
    const db = new Database(file);
    prepareDatabase(db);
    const checkpointer = startCheckpointer(db, file, { intervalMs: 3_600_000 });
    const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    db.transaction(() => {
      for (let i = 0; i < 300; i++) insert.run(`key-${i}`, 'う'.repeat(1000));
    })();
    const before = statSync(file).size;
    checkpointer.noteCommit();
    expect(await waitFor(() => statSync(file).size > before + 300 * 1000, 5000)).toBe(true);
    await checkpointer.stop();
    db.close();
  });

  it('checkpoints at its interval under commits that never pause', async () => {
    const file = join(dir, 'unbroken.sqlite');
    const db = new Database(file);
    prepareDatabase(db);
    const checkpointer = startCheckpointer(db, file, { intervalMs: 200, quietMs: 3_600_000 });
    const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    const before = statSync(file).size;
    let i = 0;
    const copied = await waitFor(() => {
      db.transaction(() => insert.run(`key-${i++}`, 'え'.repeat(1000)))();
      checkpointer.noteCommit();
      return statSync(file).size > before + 10 * 1000;
    }, 5000);
    expect(copied).toBe(true);
    await checkpointer.stop();
    db.close();
  });

  it('starts the WAL over after a pause in writes, so it does not grow across pauses', async () => {
    const file = join(dir, 'restart.sqlite');
    const store = new SqliteStore(file);
    const batch = (from: number) => Array.from({ length: 300 }, (_, i) => ({
      collection: 'cases' as const,
      record: { ...makeCaseFields(), id: `case-${from + i}`, notes: 'い'.repeat(500) },
    }));
    await store.importRecords(batch(0), new Date());
    const wal = () => statSync(`${file}-wal`).size;
    const first = wal();
    const copied = statSync(file).size;
    // The worker copies the batch into the database file; with no write meanwhile, the WAL is fully copied.
    expect(await waitFor(() => statSync(file).size > copied + 300 * 1000, 5000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await store.importRecords(batch(300), new Date());
    expect(wal()).toBeLessThan(first * 1.5);
    await store.close();
  });
});
