import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqlitePush } from '../../../server/store/sqlite-push.ts';
import { prepareDatabase } from '../../../server/store/sqlite-schema.ts';
import { SqliteStore } from '../../../server/store/sqlite-store.ts';
import type { Collection } from '../../../src/schema/collections.ts';
import type { User } from '../../../src/schema/session.ts';
import type { Mutation, PushResult } from '../../../src/schema/sync-protocol.ts';
import { hlc, makeCaseFields, makeResourceFields, MIURA, YOKOSUKA } from '../fixtures.ts';
import { userOf } from './store-client.ts';

// A field edit of a case or resource is planned from the edited fields alone and written inside the stored JSON
// (server/store/sqlite-field-edits.ts). It must store and answer exactly what reading and writing the whole
// record does: the same pushes go to two databases, one with field edits and one without, and everything the
// server keeps is compared.

const TARGETS: { collection: Collection; id: string }[] = [
  { collection: 'cases', id: randomUUID() },
  { collection: 'cases', id: randomUUID() },
  { collection: 'cases', id: randomUUID() },
  { collection: 'resources', id: randomUUID() },
  { collection: 'resources', id: randomUUID() },
  { collection: 'cases', id: randomUUID() }, // never created
];
const USERS = [userOf('admin'), userOf('yokosuka'), userOf('supervisor')];
const START = Date.UTC(2026, 4, 1);

function seed(file: string): Promise<void> {
  const store = new SqliteStore(file);
  const consent = { id: 'consent-1', areas: [YOKOSUKA], date: '2026-01-01' };
  return store
    .importRecords([
      { collection: 'cases', record: { id: TARGETS[0]!.id, ...makeCaseFields({ notes: '最初' }) } },
      { collection: 'cases', record: { id: TARGETS[1]!.id, ...makeCaseFields() } },
      { collection: 'cases', record: { id: TARGETS[2]!.id, ...makeCaseFields({ municipalityCode: MIURA, consents: [consent] as never }) } },
      { collection: 'resources', record: { id: TARGETS[3]!.id, ...makeResourceFields() } },
      { collection: 'resources', record: { id: TARGETS[4]!.id, ...makeResourceFields({ lat: 35.2 }) } },
    ], new Date(START))
    .then(() => store.close());
}

// Mostly valid edits of plain fields (the field-edit path), sometimes with what sends an edit down the whole
// path or rejects it: a case's area, an invalid value, an unknown field.
const plainCaseFields = fc.record({
  notes: fc.string({ maxLength: 12 }),
  school: fc.string({ maxLength: 8 }),
  phone: fc.constantFrom('046-000-0000', ''),
  hasResuscitationBag: fc.boolean(),
  diagnoses: fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  evacuationPlan: fc.constant(null),
}, { requiredKeys: [] });
const caseFields = fc.oneof(
  { weight: 8, arbitrary: plainCaseFields },
  { weight: 1, arbitrary: plainCaseFields.map((fields) => ({ ...fields, municipalityCode: MIURA })) },
  { weight: 1, arbitrary: plainCaseFields.map((fields) => ({ ...fields, phone: '電話' })) },
  { weight: 1, arbitrary: plainCaseFields.map((fields) => ({ ...fields, bogus: 1 })) },
);
const resourceFields = fc.record({
  notes: fc.string({ maxLength: 12 }),
  vacancy: fc.constantFrom(0, 3, 3, -1),
  lat: fc.oneof(fc.constant(null), fc.double({ min: -90, max: 90, noNaN: true })),
  pickUp: fc.boolean(),
  name: fc.constantFrom('短期入所 しけん', '短期入所 しけん', ''),
}, { requiredKeys: [] });

const operation = fc.record({
  target: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(0, 1) }, { weight: 2, arbitrary: fc.nat({ max: TARGETS.length - 1 }) }),
  user: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(0, 1) }, { weight: 1, arbitrary: fc.constant(2) }),
  client: fc.constantFrom('tablet-a', 'tablet-b'),
  base: fc.constantFrom('latest', 'first', 'null'),
  delete: fc.oneof({ weight: 12, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  clock: fc.integer({ min: -5, max: 20 }),
  cases: caseFields,
  resources: resourceFields,
});
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** Everything the server keeps about records, with conflict records' own (random) ids left out. */
function readKept(db: Database.Database) {
  const records = db.prepare<[], Record<string, unknown> & { collection: string; data: string }>(
    'SELECT collection, id, seq, deleted, updated_at, scope_case, scope_code, data, field_revs FROM records ORDER BY seq',
  ).all().map((row) => {
    const data = JSON.parse(row.data) as Record<string, unknown>;
    return row.collection === 'conflicts' ? { ...row, id: null, data: { ...data, id: null } } : { ...row, data };
  });
  return {
    records,
    mutations: db.prepare('SELECT id, user_id, client_id, result FROM mutations ORDER BY id').all(),
    audit: db.prepare('SELECT user_id, action, collection, record_id, detail FROM audit_log ORDER BY seq').all(),
    access: db.prepare('SELECT * FROM case_access ORDER BY case_id, area, kind').all(),
  };
}

describe('SqliteStore field edits', () => {
  let dir: string;
  let databases: Database.Database[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tsunagu-edits-'));
    databases = [];
  });
  afterEach(() => {
    for (const db of databases) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function openPair(): Promise<{ db: Database.Database; push: SqlitePush }[]> {
    return Promise.all([true, false].map(async (fieldEdits) => {
      const file = join(dir, `${randomUUID()}.sqlite`);
      await seed(file);
      const db = new Database(file);
      prepareDatabase(db);
      // A record written before its schema gained a field lacks it: an edit of that field adds it.
      db.prepare("UPDATE records SET data = json_remove(data, '$.school', '$.notes') WHERE id = ?").run(TARGETS[1]!.id);
      databases.push(db);
      return { db, push: new SqlitePush(db, { fieldEdits }) };
    }));
  }

  function toMutation(op: Operation, latest: Map<string, number>, at: number): Mutation {
    const target = TARGETS[op.target]!;
    const baseRev = op.base === 'null' ? null : op.base === 'first' ? (latest.has(target.id) ? 1 : null) : (latest.get(target.id) ?? null);
    const fields = target.collection === 'cases' ? op.cases : op.resources;
    return { id: randomUUID(), collection: target.collection, recordId: target.id, baseRev, op: op.delete ? 'delete' : 'upsert', fields: op.delete ? {} : fields, at: hlc(op.client, at) };
  }

  it('stores and answers exactly what reading and writing whole records does, for any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(operation, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }), async (batches) => {
        const [withEdits, whole] = await openPair();
        const latest = new Map(TARGETS.slice(0, 5).map((target, i) => [target.id, i + 1]));
        let clock = START;
        for (const [b, ops] of batches.entries()) {
          const now = new Date(START + b * 60_000);
          const byUser = new Map<User, Mutation[]>();
          for (const op of ops) {
            clock += op.clock;
            const mutations = byUser.get(USERS[op.user]!) ?? [];
            mutations.push(toMutation(op, latest, clock));
            byUser.set(USERS[op.user]!, mutations);
          }
          for (const [user, mutations] of byUser) {
            const batch = { clientId: 'tablet-a', mutations };
            const answers = [withEdits!, whole!].map(({ db, push }) => db.transaction(() => push.applyBatch(user, batch, now)).immediate());
            expect(answers[0]).toEqual(answers[1]);
            answers[0]!.forEach((result: PushResult, i) => {
              if (result.rev !== undefined) latest.set(mutations[i]!.recordId, result.rev);
            });
          }
        }
        expect(readKept(withEdits!.db)).toEqual(readKept(whole!.db));
      }),
      { numRuns: 100 },
    );
  });

  it('edits the stored JSON in place: only the edited field, rev and updatedAt change, the rest byte for byte', async () => {
    const [withEdits, whole] = await openPair();
    const edit: Mutation = { id: randomUUID(), collection: 'cases', recordId: TARGETS[0]!.id, baseRev: 1, op: 'upsert', fields: { notes: '訪問時に確認\n"引用"' }, at: hlc('tablet-a') };
    const texts = [withEdits!, whole!].map(({ db, push }) => {
      expect(db.transaction(() => push.applyBatch(USERS[0]!, { clientId: 'tablet-a', mutations: [edit] }, new Date(START))).immediate())
        .toEqual([{ id: edit.id, status: 'applied', rev: 6 }]);
      return db.prepare<[string], { data: string; field_revs: string }>('SELECT data, field_revs FROM records WHERE id = ?').get(edit.recordId)!;
    });
    expect(texts[0]).toEqual(texts[1]);
    expect(JSON.parse(texts[0]!.data)).toMatchObject({ notes: '訪問時に確認\n"引用"', rev: 6, updatedAt: new Date(START).toISOString() });
  });
});
