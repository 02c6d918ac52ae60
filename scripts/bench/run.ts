// `npm run bench` (bundled by scripts/bench.mjs): every budget of DESIGN.md §6 measured in one run, in
// headless Chromium and Node, into docs/benchmarks.{md,json}. Timings live here, never in tests.
// `npm run bench -- --only push` (or sync, pouch, domain; comma-separated) measures those parts only and
// prints them, leaving docs/ alone: a partial run is for working on one budget, the docs hold whole runs.
import { execFileSync } from 'node:child_process';
import { measureFirstSync } from './app-measures.ts';
import { pullEverything, signInBench, startBenchServer } from './bench-server.ts';
import { measureRawIdbWrite } from './browser-measures.ts';
import { measureColdStarts, measureUnlockCosts } from './cold-start.ts';
import { measureDisasterVisits, startEventInApp } from './disaster-browser.ts';
import { measureDiskSyncs } from './disk-floor.ts';
import { measureDomain } from './domain-measures.ts';
import { measurePouchReplication, startPouchPeer } from './pouchdb-peer.ts';
import { percentile, runPushClient, runPushLoad } from './push-load.ts';
import { printReport, writeReport } from './report.ts';
import { measureSearchKeystrokes, searchKeystrokes } from './search-measure.ts';
import { summarizeApp } from './summarize-app.ts';
import { emptyMeasured, p99Of, summarize, summarizePush, throughputOf, type Measured, type Summary } from './summarize.ts';
import type { PulledChange } from '../../src/schema/sync-protocol.ts';

const CASES = 10_000;
const RESOURCES = 5_000;
const SYNC_RUNS = 3;
const COLD_RUNS = 5;
const DISASTER_RUNS = 7;
const DISASTER_AFTER_UNLOCK_RUNS = 3;
const DISASTER_AREA = '横須賀市';
const POUCH_RUNS = 3;
/** Saturated: 4 clients back to back (throughput). */
const PUSH = { clients: 4, batchSize: 100, maxRequests: 300, maxMs: 20_000, batchesPerSecond: null };
/** The budget's rate, 5,000 mutations/s, as an open load (the p99 the budget holds at that throughput). */
const PUSH_AT_BUDGET = { ...PUSH, batchesPerSecond: 5_000 / PUSH.batchSize };
/** Each round: one load at the budget's rate, then one saturated. */
const PUSH_ROUNDS = 3;
const PARTS = ['sync', 'pouch', 'push', 'domain'] as const;
type Part = (typeof PARTS)[number];

const root = process.cwd();
const log = (message: string) => console.log(`[bench] ${message}`);

/** The parts named by `--only a,b`, or null for a whole run. */
function readParts(args: readonly string[]): Set<Part> | null {
  const at = args.indexOf('--only');
  if (at === -1) return null;
  const names = (args[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((name) => !(PARTS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) throw new Error(`--only takes some of ${PARTS.join(', ')}`);
  return new Set(names as Part[]);
}

async function measureSyncs(url: string, changes: readonly PulledChange[], measured: Measured): Promise<void> {
  const records = changes.map((change) => change.record);
  for (let run = 1; run <= SYNC_RUNS; run++) {
    log(`first sync ${run}/${SYNC_RUNS} into a fresh profile (PIN setup included)…`);
    const sync = await measureFirstSync(url, { cases: CASES, resources: RESOURCES });
    measured.firstSync.push(sync.totalMs);
    measured.phases.push(sync.phases);
    measured.syncCpu.push(sync.cpu);
    measured.signInScripts = sync.signInScripts;
    measured.raw.push(await measureRawIdbWrite(sync.tablet.page, records));
    log(`  first sync ${sync.totalMs.toFixed(0)} ms (its pull ${sync.phases.pull.toFixed(0)} ms from ${sync.phases.toSync.toFixed(0)} ms after the click; PIN setup ${sync.phases.pinSetup.toFixed(0)} ms), raw IndexedDB ${measured.raw.at(-1)!.toFixed(0)} ms`);
    if (run < SYNC_RUNS) {
      await sync.tablet.close();
      continue;
    }
    log(`offline cold starts to the lock screen and unlocks to the list (${COLD_RUNS}), search keystrokes…`);
    const { page } = sync.tablet;
    measured.cold = await measureColdStarts(sync.tablet, COLD_RUNS, CASES);
    const sample = changes.find((change) => change.collection === 'cases')!.record as unknown as { name: string; nameKana: string };
    measured.search = await measureSearchKeystrokes(page, searchKeystrokes(sample, '逗子'));
    measured.unlockCosts = await measureUnlockCosts(page);
    log(`disaster list: an event on ${DISASTER_AREA}, ${DISASTER_RUNS} visits, then ${DISASTER_AFTER_UNLOCK_RUNS} right after an unlock…`);
    await startEventInApp(page, DISASTER_AREA);
    measured.disaster = await measureDisasterVisits(page, DISASTER_RUNS, DISASTER_AFTER_UNLOCK_RUNS, CASES);
    await sync.tablet.close();
  }
}

async function measurePouch(changes: readonly PulledChange[], measured: Measured): Promise<void> {
  log('PouchDB peer: express-pouchdb (memory) → pouchdb-browser…');
  const peer = await startPouchPeer(changes.map((change) => change.record));
  try {
    for (let run = 1; run <= POUCH_RUNS; run++) {
      measured.pouch.push(await measurePouchReplication(peer, changes.length));
      log(`  PouchDB replication ${run}/${POUCH_RUNS}: ${measured.pouch.at(-1)!.toFixed(0)} ms`);
    }
  } finally {
    await peer.close();
  }
}

async function measurePush(url: string, dataDir: string, token: string, changes: readonly PulledChange[], measured: Measured): Promise<void> {
  // What the browsers wrote before (profiles, IndexedDB: hundreds of MB) goes to disk first, not during the
  // load, whose every answer waits for the disk.
  execFileSync('sync');
  const pullCases = async () => (await pullEverything(url, token)).filter((change) => change.collection === 'cases');
  let cases = changes.filter((change) => change.collection === 'cases');
  log(`push load: ${PUSH.clients} clients, batches of ${PUSH.batchSize} from a separate process, ${PUSH_ROUNDS} rounds…`);
  await runPushLoad(url, token, cases.slice(9_000), { ...PUSH, maxRequests: 20 });
  for (let round = 1; round <= PUSH_ROUNDS; round++) {
    // The disk alone first, at the same cadence and for as long as the load at the budget's rate.
    const { maxRequests, batchesPerSecond } = PUSH_AT_BUDGET;
    measured.diskSyncs.push(await measureDiskSyncs(dataDir, maxRequests, 1000 / batchesPerSecond));
    const paced = await runPushLoad(url, token, cases.slice(0, 9_000), PUSH_AT_BUDGET);
    // Pulled again before each next load: each edit is based on the case's current revision, as a tablet's
    // would be after its last pull.
    cases = await pullCases();
    const saturated = await runPushLoad(url, token, cases.slice(0, 9_000), PUSH);
    if (round < PUSH_ROUNDS) cases = await pullCases();
    measured.pushAtBudget.push(paced);
    measured.push.push(saturated);
    log(`  round ${round}/${PUSH_ROUNDS}: disk sync p99 ${percentile(measured.diskSyncs.at(-1)!, 99).toFixed(1)} ms, push p99 ${p99Of(paced).toFixed(1)} ms at ${batchesPerSecond} batches/s, ${throughputOf(saturated).toFixed(0)} mutations/s back to back`);
  }
}

async function main(parts: Set<Part> | null): Promise<void> {
  const has = (part: Part) => parts === null || parts.has(part);
  const measured = emptyMeasured();
  let whole: Summary | null = null;
  let partial: Summary | null = null;
  if (has('sync') || has('pouch') || has('push')) {
    log(`generating ${CASES} cases and ${RESOURCES} resources into SQLite…`);
    const server = await startBenchServer(root, CASES, RESOURCES);
    try {
      const token = await signInBench(server.url);
      const changes = await pullEverything(server.url, token);
      if (changes.length !== CASES + RESOURCES) throw new Error(`pulled ${changes.length} records`);
      if (has('sync')) await measureSyncs(server.url, changes, measured);
      if (has('pouch')) await measurePouch(changes, measured);
      if (has('push')) await measurePush(server.url, server.dataDir, token, changes, measured);
      // Before dispose: the first page's scripts are sized from the server's copy of dist/.
      const sizes = { cases: CASES, resources: RESOURCES, disasterArea: DISASTER_AREA };
      if (parts === null) whole = summarize(server.staticDir, measured, { ...sizes, push: PUSH, pushAtBudget: PUSH_AT_BUDGET });
      else if (has('sync')) partial = summarizeApp(server.staticDir, measured, sizes);
    } finally {
      await server.dispose();
    }
  }
  const results = whole ? [whole] : partial ? [partial] : [];
  if (parts !== null && has('push')) results.push(summarizePush(measured, PUSH, PUSH_AT_BUDGET));
  if (has('domain')) results.push(await measureDomain(log));
  const metrics = results.flatMap((r) => r.metrics);
  const notes = results.flatMap((r) => r.notes);
  const verdicts = new Map(results.flatMap((r) => [...r.verdicts]));
  if (parts === null) {
    writeReport(root, metrics, notes, verdicts);
    log('wrote docs/benchmarks.md and docs/benchmarks.json');
    return;
  }
  if (has('pouch')) log('PouchDB figures are summarized by a whole run only (timings above)');
  printReport(metrics, notes, verdicts);
  log('partial run: docs/ left unchanged');
}

if (process.argv[2] === '--push-client') await runPushClient();
else await main(readParts(process.argv.slice(2)));
