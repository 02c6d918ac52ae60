import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TsunaguDb } from '../../../src/db/database.ts';
import { watchQuery, type Unsubscribe } from '../../../src/db/live-query.ts';
import { makeCase } from '../../fixtures/records.ts';

let db: TsunaguDb;
let stop: Unsubscribe | undefined;
beforeEach(async () => {
  db = new TsunaguDb(`test-${crypto.randomUUID()}`);
  // Opened first: creating the tables is itself a write the watch would see.
  await db.open();
});
afterEach(async () => {
  stop?.();
  await db.delete();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}

/** Counts cases through watchQuery, recording every result. */
function watchCount(minIntervalMs?: () => number): number[] {
  const results: number[] = [];
  stop = watchQuery(() => db.cases.count(), (count) => results.push(count), { minIntervalMs });
  return results;
}

describe('watchQuery', () => {
  it('hands over a new result after each write', async () => {
    const results = watchCount();
    await until(() => results.length === 1);
    for (let i = 1; i <= 3; i++) {
      await db.cases.put(makeCase());
      await until(() => results.at(-1) === i);
    }
    expect(results).toEqual([0, 1, 2, 3]);
  });

  it('reads at most once per interval while one is asked for, and still ends on the last write', async () => {
    const results = watchCount(() => 400);
    await until(() => results.length === 1);
    for (let i = 0; i < 10; i++) {
      await db.cases.put(makeCase());
      await sleep(20);
    }
    expect(results.length).toBeLessThanOrEqual(2);
    await until(() => results.at(-1) === 10);
    expect(results.length).toBeLessThanOrEqual(3);
  });

  it('reads again as soon as the interval drops to zero', async () => {
    let interval = 60_000;
    const results = watchCount(() => interval);
    await until(() => results.length === 1);
    await db.cases.put(makeCase());
    await sleep(300);
    expect(results).toEqual([0]);
    interval = 0;
    await until(() => results.at(-1) === 1, 1000);
  });

  it('waits for a change before reading again once the interval has passed', async () => {
    const results = watchCount(() => 100);
    await until(() => results.length === 1);
    await sleep(300);
    expect(results).toEqual([0]);
    await db.cases.put(makeCase());
    await until(() => results.at(-1) === 1, 1000);
    stop?.();
    await db.cases.put(makeCase());
    await sleep(300);
    expect(results).toEqual([0, 1]);
  });
});
