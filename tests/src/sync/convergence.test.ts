import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, getCase, saveCase } from '../../../src/db/cases.ts';
import { listOpenConflicts } from '../../../src/db/conflicts.ts';
import { openRows } from '../../../src/db/sealed-rows.ts';
import { resolveConflict } from '../../../src/db/resolve-conflict.ts';
import { addVisit } from '../../../src/db/visits.ts';
import type { Conflict } from '../../../src/schema/conflict.ts';
import type { SessionResponse } from '../../../src/schema/session.ts';
import type { Visit } from '../../../src/schema/visit.ts';
import { makeCaseFields, MIURA } from '../../server/fixtures.ts';
import { CASES_PER_RUN, canonical, commandArb, USERS, valueOf, type Command, type EditSpec, type Field } from './convergence-model.ts';
import { FaultyNetwork } from './faulty-network.ts';
import { LoopbackServer } from './loopback-server.ts';
import { checkUnsentOnTop, findLostWrites, knownValues, observe, sortById, type Run } from './convergence-run.ts';
import { SimTablet } from './sim-tablet.ts';

// Reproduce a failure with the seed (and path) fast-check prints: FC_SEED=… FC_PATH=… npx vitest run …
const NUM_RUNS = Number(process.env.FC_RUNS ?? 20);

let server: LoopbackServer;
let network: FaultyNetwork;
const sessions = new Map<string, SessionResponse>();

beforeAll(async () => {
  server = await LoopbackServer.start();
  network = new FaultyNetwork(server);
  for (const user of new Set(USERS)) sessions.set(user, await server.signIn(user));
});
afterAll(() => server.stop());

async function setUp(tabletCount: number): Promise<Run> {
  network.reset();
  const tablets: SimTablet[] = [];
  for (let i = 0; i < tabletCount; i++) tablets.push(await SimTablet.open(network, sessions.get(USERS[i]!)!));
  // Shared with 三浦市 by consent, so the Miura coordinator's tablet works on them too (市町を越えた連携).
  const consents = [{
    id: 'consent-1', kind: 'provide' as const, areas: [MIURA], organisations: [], date: '2020-04-01',
    explainedBy: '', expiresAt: null, withdrawnAt: null, documentRef: '',
  }];
  const caseIds: string[] = [];
  for (let i = 0; i < CASES_PER_RUN; i++) caseIds.push(await createCase(tablets[0]!.db, makeCaseFields({ consents })));
  for (const tablet of tablets) expect(await tablet.syncQuickly()).toMatchObject({ state: 'idle', pending: 0 });
  const run: Run = { tablets, caseIds, visitIds: [], writes: [], seen: tablets.map(() => new Map()) };
  await observe(run, 0);
  return run;
}

/** Edits one field on a tablet and notes what the tablet knew of the field when it did. */
async function edit(run: Run, tabletIndex: number, spec: EditSpec, step: number): Promise<void> {
  const tablet = run.tablets[tabletIndex]!;
  const caseId = run.caseIds[spec.record]!;
  const value = valueOf(spec.field, spec.value === 'unique' ? 100 + step : spec.value);
  const current = await getCase(tablet.db, caseId);
  const knew = knownValues(run, tabletIndex, caseId, spec.field);
  knew.set(canonical(current?.[spec.field]), step);
  if (canonical(current?.[spec.field]) === canonical(value)) return;
  await saveCase(tablet.db, caseId, { [spec.field]: value });
  run.writes.push({ step, tablet: tabletIndex, caseId, field: spec.field, value, knew });
}

async function execute(run: Run, command: Command, step: number): Promise<void> {
  const tabletIndex = 'tablet' in command ? command.tablet % run.tablets.length : 0;
  const tablet = run.tablets[tabletIndex]!;
  switch (command.kind) {
    case 'edit':
      return edit(run, tabletIndex, command, step);
    case 'visit':
      run.visitIds.push(await addVisit(tablet.db, { caseId: run.caseIds[command.record]!, note: `訪問 ${step}` }));
      return;
    case 'sync': {
      const during = command.editDuring;
      network.plan(tablet.name, command.faults);
      network.beforeEach(tablet.name, during && (async (request) => {
        if (request === during.request) await edit(run, tabletIndex, during, step);
      }));
      await tablet.syncQuickly();
      network.plan(tablet.name, []);
      network.beforeEach(tablet.name, null);
      return;
    }
    case 'resolve': {
      const open = (await listOpenConflicts(tablet.db)).filter((c) => run.caseIds.includes(c.recordId));
      const conflict = open[command.pick % Math.max(open.length, 1)];
      if (!conflict) return;
      const field = conflict.field as Field;
      const chosen = command.side === 'kept' ? conflict.keptValue : conflict.winningValue;
      const knew = knownValues(run, tabletIndex, conflict.recordId, field);
      // The person saw both values side by side before choosing.
      for (const value of [conflict.keptValue, conflict.winningValue]) knew.set(canonical(value), step);
      const current = await getCase(tablet.db, conflict.recordId);
      await resolveConflict(tablet.db, conflict, chosen, `tablet ${tabletIndex}`);
      if (canonical(current?.[field]) !== canonical(chosen)) {
        run.writes.push({ step, tablet: tabletIndex, caseId: conflict.recordId, field, value: chosen, knew });
      }
      return;
    }
    case 'release':
      await network.releaseOne(command.index);
      return;
    case 'restart':
      await server.restart();
      return;
  }
}

/** Delivers whatever the network still holds, then syncs every tablet until a round pushes nothing. */
async function heal(run: Run): Promise<void> {
  for (const tablet of run.tablets) network.plan(tablet.name, []);
  await network.releaseAll();
  for (let round = 0; round < 6; round++) {
    let isQuiet = true;
    for (const tablet of run.tablets) {
      if ((await tablet.db.outbox.count()) > 0) isQuiet = false;
      expect(await tablet.syncQuickly()).toMatchObject({ state: 'idle', pending: 0, rejected: 0 });
    }
    if (isQuiet) return;
  }
  throw new Error('the tablets did not become quiescent in 6 rounds');
}

async function checkConverged(run: Run): Promise<void> {
  const latest = await server.readLatest(sessions.get('admin')!.token);
  const ofRun = [...latest.values()].filter((record) =>
    run.caseIds.includes(record.id) || run.caseIds.includes(String(record.caseId)) || run.caseIds.includes(String(record.recordId)),
  );
  const conflicts = ofRun.filter((record) => 'keptValue' in record);
  const visits = ofRun.filter((record) => 'caseId' in record);

  for (const tablet of run.tablets) {
    expect(await tablet.db.outbox.count()).toBe(0);
    const localCases = await Promise.all(run.caseIds.map((id) => getCase(tablet.db, id)));
    expect(localCases).toEqual(run.caseIds.map((id) => latest.get(`cases/${id}`)));
    const storedConflicts = (await tablet.db.conflicts.toArray()).filter((c) => run.caseIds.includes(c.recordId));
    expect(sortById(await openRows<Conflict>(tablet.db, 'conflicts', storedConflicts))).toEqual(sortById(conflicts));
    const storedVisits = await tablet.db.visits.where('caseId').anyOf(run.caseIds).toArray();
    expect(sortById(await openRows<Visit>(tablet.db, 'visits', storedVisits))).toEqual(sortById(visits));
  }

  // Exactly once: however often a mutation reached the server, it took effect once; replays answered `duplicate`.
  expect(network.appliedTwice()).toEqual([]);
  // Append-only: every visit written exactly once, none twice.
  expect(visits.map((visit) => visit.id).sort()).toEqual([...run.visitIds].sort());

  // A conflict keeps two different values; equal ones were never in conflict.
  expect(conflicts.filter((c) => canonical(c.keptValue) === canonical(c.winningValue))).toEqual([]);

  const lost = findLostWrites(run, latest, conflicts);
  expect(lost.map(({ knew: _knew, ...write }) => write)).toEqual([]);
}

describe('sync convergence', () => {
  it('brings every tablet to the server state, loses no written value and duplicates no visit, whatever the faults', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: USERS.length }), fc.array(commandArb, { minLength: 10, maxLength: 30 }), async (count, commands) => {
        const run = await setUp(count);
        try {
          for (const [i, command] of commands.entries()) {
            await execute(run, command, i + 1);
            await observe(run, i + 1);
            await checkUnsentOnTop(run);
          }
          await heal(run);
          await checkConverged(run);
        } finally {
          await Promise.all(run.tablets.map((tablet) => tablet.destroy()));
        }
      }),
      {
        numRuns: NUM_RUNS,
        ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
        ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
      },
    );
  }, Math.max(120_000, NUM_RUNS * 3_000));
});
