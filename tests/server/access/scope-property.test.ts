import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../server/store/sqlite-store.ts';
import { parsePullCursor } from '../../../server/sync/pull-cursor.ts';
import { ConsentSchema, type Consent } from '../../../src/schema/case.ts';
import type { User } from '../../../src/schema/session.ts';
import { KAMAKURA, MIURA, YOKOSUKA, makeCaseFields, makeMutation } from '../fixtures.ts';

// For random users, areas, consents and times: a pull never hands a device a case the rules forbid, and after
// every pull the device holds exactly the cases the rules allow — whatever left its scope was removed, even when
// earlier answers were lost or pages asked for ahead were dropped unwritten (the device's cursor stayed put).

const CODES = [YOKOSUKA, MIURA, KAMAKURA] as const;
const DAY = 86_400_000;
const BASE = Date.parse('2026-06-01T03:00:00Z');
const jstDate = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10);

type ConsentSpec = { areas: string[]; from: number; until: number | null; withdrawn: boolean };
type Op =
  | { kind: 'pull' }
  | { kind: 'lost'; pages: number }
  | { kind: 'wait'; days: number }
  | { kind: 'withdraw'; caseIndex: number }
  | { kind: 'move'; caseIndex: number; code: string }
  | { kind: 'areas'; areas: string[] };

const areasArb = fc.subarray([...CODES], { minLength: 1 });
const consentArb: fc.Arbitrary<ConsentSpec> = fc.record({
  areas: areasArb, from: fc.integer({ min: -5, max: 5 }), until: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), withdrawn: fc.boolean(),
});
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.constant({ kind: 'pull' as const }),
  fc.record({ kind: fc.constant('lost' as const), pages: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('withdraw' as const), caseIndex: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), caseIndex: fc.nat(), code: fc.constantFrom(...CODES) }),
  fc.record({ kind: fc.constant('areas' as const), areas: areasArb }),
);
const scenarioArb = fc.record({
  role: fc.constantFrom('coordinator' as const, 'coordinator' as const, 'supervisor' as const),
  areas: areasArb,
  cases: fc.array(fc.record({ code: fc.constantFrom(...CODES), consents: fc.array(consentArb, { maxLength: 2 }) }), { minLength: 1, maxLength: 6 }),
  ops: fc.array(opArb, { minLength: 1, maxLength: 12 }),
});

function toConsent(spec: ConsentSpec): Consent {
  return ConsentSchema.parse({
    id: randomUUID(), kind: 'provide', areas: spec.areas, date: jstDate(BASE + spec.from * DAY),
    expiresAt: spec.until === null ? null : jstDate(BASE + Math.max(spec.from, spec.until) * DAY),
    withdrawnAt: spec.withdrawn ? jstDate(BASE + Math.max(spec.from, 0) * DAY) : null,
  });
}

/** The rules, written out independently of server/sync/scope.ts. */
function mayRead(user: User, record: { municipalityCode: string; consents: Consent[] }, today: string): boolean {
  if (user.role === 'supervisor') return false;
  if (user.areas.includes(record.municipalityCode)) return true;
  return record.consents.some((c) => c.withdrawnAt === null && c.date <= today && (c.expiresAt === null || c.expiresAt >= today)
    && c.areas.some((area) => user.areas.includes(area)));
}

describe('pull scope property', () => {
  it('never returns a forbidden case and always removes one that left scope', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const store = new SqliteStore(':memory:');
        const admin: User = { id: 'user-admin', name: '管理者', role: 'admin', areas: ['*'] };
        let user: User = { id: 'user-p', name: '試験', role: scenario.role, areas: scenario.areas };
        await store.createUser({ ...user, username: 'p', passwordHash: 'x' });
        let clock = BASE;
        const cases = new Map<string, { municipalityCode: string; consents: Consent[]; rev: number }>();
        const write = async (id: string, fields: Record<string, unknown>, baseRev: number | null) => {
          const [result] = await store.push(admin, { clientId: 'office', mutations: [makeMutation({ collection: 'cases', recordId: id, baseRev, fields })] }, new Date(clock));
          return result!.rev!;
        };
        for (const spec of scenario.cases) {
          const id = randomUUID();
          const fields = makeCaseFields({ municipalityCode: spec.code, consents: spec.consents.map(toConsent) });
          cases.set(id, { municipalityCode: spec.code, consents: fields.consents, rev: await write(id, fields, null) });
        }
        const held = new Set<string>();
        let cursor = '';
        const pull = (since: string) => {
          const { seq, announced } = parsePullCursor(since)!;
          return store.pull(user, seq, 3, new Date(clock), { clientId: 'tablet', announced });
        };
        const ids = [...cases.keys()];
        for (const op of [...scenario.ops, { kind: 'pull' } as const]) {
          if (op.kind === 'wait') clock += op.days * DAY;
          if (op.kind === 'areas') {
            await store.access.setAreas(user.id, op.areas);
            user = { ...user, areas: op.areas };
          }
          if (op.kind === 'withdraw' || op.kind === 'move') {
            const id = ids[op.caseIndex % ids.length]!;
            const record = cases.get(id)!;
            const change = op.kind === 'move'
              ? { municipalityCode: op.code }
              : { consents: record.consents.map((c) => ({ ...c, withdrawnAt: c.withdrawnAt ?? c.date })) };
            const rev = await write(id, change, record.rev);
            cases.set(id, { ...record, ...change, rev });
          }
          if (op.kind === 'lost') {
            // Pages asked for one after another (ahead of writing), then never written: the answers are lost.
            let since = cursor;
            for (let i = 0; i < op.pages; i++) since = (await pull(since)).cursor;
          }
          if (op.kind !== 'pull') continue;
          const today = jstDate(clock);
          for (let more = true; more; ) {
            const page = await pull(cursor);
            for (const { collection, record } of page.changes) {
              if (collection !== 'cases') continue;
              expect(mayRead(user, cases.get(record.id)!, today), `pulled forbidden case on ${today}`).toBe(true);
              held.add(record.id);
            }
            for (const removal of page.removals ?? []) held.delete(removal.id);
            cursor = page.cursor;
            more = page.hasMore;
          }
          const allowed = ids.filter((id) => mayRead(user, cases.get(id)!, today));
          expect([...held].sort()).toEqual(allowed.sort());
        }
        await store.close();
      }),
      { numRuns: Number(process.env.SCOPE_RUNS ?? 150) },
    );
  }, 120_000);
});
