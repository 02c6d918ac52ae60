// `npm run bench` (bundled by scripts/bench.mjs): every budget of DESIGN.md §6 measured in one run, in
// headless Chromium and Node, into docs/benchmarks.{md,json}. Timings live here, never in tests.
import { measureColdStarts, measureFirstSync } from './app-measures.ts';
import { pullEverything, signInBench, startBenchServer } from './bench-server.ts';
import { measureRawIdbWrite } from './browser-measures.ts';
import { measureDomain } from './domain-measures.ts';
import { measurePouchReplication, startPouchPeer } from './pouchdb-peer.ts';
import { runPushLoad } from './push-load.ts';
import { writeReport } from './report.ts';
import { measureSearchKeystrokes, searchKeystrokes } from './search-measure.ts';
import { emptyMeasured, summarize } from './summarize.ts';

const CASES = 10_000;
const RESOURCES = 5_000;
const SYNC_RUNS = 3;
const COLD_RUNS = 5;
const POUCH_RUNS = 3;
const PUSH = { clients: 4, batchSize: 100, maxRequests: 300, maxMs: 20_000 };

const root = process.cwd();
const log = (message: string) => console.log(`[bench] ${message}`);

async function main(): Promise<void> {
  log(`generating ${CASES} cases and ${RESOURCES} resources into SQLite…`);
  const server = await startBenchServer(root, CASES, RESOURCES);
  try {
    const token = await signInBench(server.url);
    const changes = await pullEverything(server.url, token);
    const records = changes.map((change) => change.record);
    const expected = { cases: CASES, resources: RESOURCES };
    if (records.length !== CASES + RESOURCES) throw new Error(`pulled ${records.length} records`);

    const measured = emptyMeasured();
    for (let run = 1; run <= SYNC_RUNS; run++) {
      log(`first sync ${run}/${SYNC_RUNS} into a fresh profile…`);
      const sync = await measureFirstSync(server.url, expected);
      measured.firstSync.push(sync.totalMs);
      measured.signIn.push(sync.signInMs);
      measured.syncCpu.push(sync.cpu);
      measured.signInScripts = sync.signInScripts;
      measured.raw.push(await measureRawIdbWrite(sync.tablet.page, records));
      log(`  first sync ${sync.totalMs.toFixed(0)} ms, raw IndexedDB ${measured.raw.at(-1)!.toFixed(0)} ms`);
      if (run < SYNC_RUNS) {
        await sync.tablet.close();
        continue;
      }
      log(`offline cold starts (${COLD_RUNS}) and search keystrokes…`);
      const cold = await measureColdStarts(sync.tablet, COLD_RUNS);
      measured.cold = cold.times;
      measured.listScripts = cold;
      const sample = changes.find((change) => change.collection === 'cases')!.record as unknown as { name: string; nameKana: string };
      measured.search = await measureSearchKeystrokes(sync.tablet.page, searchKeystrokes(sample, '逗子'));
      await sync.tablet.close();
    }

    log('PouchDB peer: express-pouchdb (memory) → pouchdb-browser…');
    const peer = await startPouchPeer(records);
    try {
      for (let run = 1; run <= POUCH_RUNS; run++) {
        measured.pouch.push(await measurePouchReplication(peer, records.length));
        log(`  PouchDB replication ${run}/${POUCH_RUNS}: ${measured.pouch.at(-1)!.toFixed(0)} ms`);
      }
    } finally {
      await peer.close();
    }

    log(`push load: ${PUSH.clients} clients × batches of ${PUSH.batchSize}…`);
    const cases = changes.filter((change) => change.collection === 'cases');
    await runPushLoad(server.url, token, cases.slice(9_000), { ...PUSH, maxRequests: 20 });
    measured.push = await runPushLoad(server.url, token, cases.slice(0, 9_000), PUSH);

    const { metrics, notes, verdicts } = summarize(server.staticDir, measured, { cases: CASES, resources: RESOURCES, push: PUSH });
    const domain = await measureDomain(log);
    writeReport(root, [...metrics, ...domain.metrics], [...notes, ...domain.notes], new Map([...verdicts, ...domain.verdicts]));
    log('wrote docs/benchmarks.md and docs/benchmarks.json');
  } finally {
    await server.dispose();
  }
}

await main();
