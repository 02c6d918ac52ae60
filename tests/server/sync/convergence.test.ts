import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { User } from '../../../src/schema/session.ts';
import { SqliteStore } from '../../../server/store/sqlite-store.ts';
import { hlc, makeCaseFields, makeMutation } from '../fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'tsunagu-convergence-'));
const store = new SqliteStore(join(dir, 'tsunagu.sqlite'));
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const coordinator: User = { id: 'user-test', name: '試験 担当', role: 'coordinator', areas: ['142018'] };
const admin: User = { id: 'user-admin', name: '管理者', role: 'admin', areas: ['*'] };

async function readAll() {
  const changes = [];
  let since = 0;
  for (;;) {
    const page = await store.pull(admin, since, 5000, new Date());
    changes.push(...page.changes);
    since = Number(page.cursor);
    if (!page.hasMore) return changes;
  }
}

const edit = fc.record({ value: fc.stringMatching(/^[a-z0-9]{0,8}$/), ms: fc.integer({ min: 0, max: 5 }), device: fc.constantFrom('a', 'b', 'c', 'd') });

describe('same-field concurrent edits', () => {
  it('end on the greatest stamp whatever the arrival order, with every other value kept in a conflict', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 2, maxLength: 5 }), async (edits) => {
        const recordId = randomUUID();
        const [created] = await store.push(coordinator, {
          clientId: 'creator', mutations: [makeMutation({ collection: 'cases', recordId, fields: makeCaseFields({ notes: 'base' }) })],
        }, new Date());
        const writes = edits.map((e, i) => ({
          ...makeMutation({ collection: 'cases', recordId, baseRev: created!.rev!, at: hlc(`${e.device}${i}`, 1_700_000_000_000 + e.ms), fields: { notes: `${i}:${e.value}` } }),
        }));
        for (const write of writes) {
          await store.push(coordinator, { clientId: `device-${write.id}`, mutations: [write] }, new Date());
        }
        const expected = [...writes].sort((x, y) => (x.at === y.at ? (x.id < y.id ? 1 : -1) : x.at < y.at ? 1 : -1))[0]!;
        const changes = (await readAll()).filter((c) => c.record.id === recordId || c.record.recordId === recordId);
        const record = changes.filter((c) => c.collection === 'cases').at(-1)!.record;
        expect(record.notes).toBe(expected.fields.notes);
        const kept = changes.filter((c) => c.collection === 'conflicts').map((c) => c.record.keptValue).sort();
        const losers = writes.filter((w) => w !== expected).map((w) => w.fields.notes).sort();
        expect(kept).toEqual(losers);
      }),
      { numRuns: 40 },
    );
  });
});
