import type { PushLoadOptions, PushLoadResult } from './push-load.ts';
import { percentile } from './push-load.ts';
import { median, metric, type Metric } from './report.ts';
import { emptyAppMeasured, summarizeApp, type AppMeasured, type AppSizes } from './summarize-app.ts';

/** Raw samples gathered by one bench run: the app's in Chromium (summarize-app.ts), the peer's, the push load. */
export type Measured = AppMeasured & {
  pouch: number[]; push: PushLoadResult[]; pushAtBudget: PushLoadResult[]; diskSyncs: number[][];
};

export const emptyMeasured = (): Measured => ({ ...emptyAppMeasured(), pouch: [], push: [], pushAtBudget: [], diskSyncs: [] });

type Sizes = AppSizes & { push: PushLoadOptions; pushAtBudget: PushLoadOptions };

const ms = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(', ');

export type Summary = { metrics: Metric[]; notes: string[]; verdicts: Map<string, boolean> };

export const throughputOf = (load: PushLoadResult) => load.mutations / (load.elapsedMs / 1000);
export const p99Of = (load: PushLoadResult) => percentile(load.latencies, 99);
const list = (loads: readonly PushLoadResult[], figure: (load: PushLoadResult) => number) =>
  loads.map((load) => figure(load).toFixed(1)).join(', ');

/** Each round's figures of one kind of load, in order. */
function describeLoads(loads: readonly PushLoadResult[]): string {
  const [first] = loads;
  const statuses: Record<string, number> = {};
  for (const load of loads) for (const [status, n] of Object.entries(load.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
  return [
    `each round ${first!.requests} requests, ${first!.mutations.toLocaleString('en')} mutations (in ${list(loads, (load) => load.elapsedMs / 1000)} s)`,
    `results of all rounds ${JSON.stringify(statuses)}`,
    `per round: median ${list(loads, (load) => percentile(load.latencies, 50))} ms`,
    `p90 ${list(loads, (load) => percentile(load.latencies, 90))} ms`,
    `p99 ${list(loads, p99Of)} ms`,
    `max ${list(loads, (load) => Math.max(...load.latencies))} ms`,
    `server CPU ${list(loads, (load) => (load.serverCpuMs ?? Number.NaN) / load.requests)} ms per batch (all its threads)`,
    `1-minute load average just after ${list(loads, (load) => load.loadAverage ?? Number.NaN)} (2 cores)`,
  ].join('; ');
}

/**
 * The push budget is a throughput and a p99 at it: the throughput is measured with the server saturated, the
 * p99 under an open load at the budget's rate; each the median of the rounds. A p99 taken at saturation is
 * reported beside them but judges nothing: with clients sending back to back it is about the number of
 * clients times one batch's service time (each waits for the others' batches), so it measures the load
 * generator's choice of client count.
 */
export function summarizePush(m: Pick<Measured, 'push' | 'pushAtBudget' | 'diskSyncs'>, saturated: PushLoadOptions, atBudget: PushLoadOptions): Summary {
  const throughput = median(m.push.map(throughputOf));
  const p99 = median(m.pushAtBudget.map(p99Of));
  const rate = atBudget.batchesPerSecond! * atBudget.batchSize;
  const rounds = m.push.length;
  const diskP99s = m.diskSyncs.map((times) => percentile(times, 99));
  const perRound = (figure: (times: readonly number[]) => number) => m.diskSyncs.map((times) => figure(times).toFixed(1)).join(', ');
  return {
    metrics: [
      metric('push_p99_ms', p99, 'ms', `<= 50 ms at ${rate.toLocaleString('en')} mutations/s`),
      metric('push_throughput_per_s', throughput, 'mutations/s', '>= 5,000'),
      metric('push_p99_saturated_ms', median(m.push.map(p99Of)), 'ms', `— (${saturated.clients} clients back to back)`),
      metric('disk_sync_p99_ms', median(diskP99s), 'ms', 'baseline (the disk alone)'),
    ],
    verdicts: new Map([
      ['push_throughput_per_s', throughput >= 5000],
      ['push_p99_ms', p99 <= 50],
    ]),
    notes: [
      `\`push_p99_ms\`: the same server on SQLite over loopback HTTP; ${atBudget.clients} clients in a separate Node process (node:http keep-alive connections, about 1 ms of CPU per request — fetch took 3 —, so the load generator takes little of the 2 cores) sending batches of ${atBudget.batchSize} mutations (70 new visit notes, 30 edits to distinct cases' notes, ids made as the app makes them); after 20 warm-up requests, ${rounds} rounds, each a load at the budget's rate and then a saturated one (below), the cases pulled again after each load so every edit is based on the case's current revision. At the budget's rate, ${atBudget.batchesPerSecond} batches per second (${rate.toLocaleString('en')} mutations/s) are sent whatever the answers, the clients taking turns and opening more connections should answers lag; latency is per request (one batch), timed from when it was due, not when it went, so a late answer delaying the schedule counts against the server; the median of the rounds' p99; ${describeLoads(m.pushAtBudget)}. Every answer waits for its commit's fsync (synchronous=FULL), one commit after another, so a disk that stalls on an fsync stalls every batch sent meanwhile (docs/architecture.md › Storage, Durability).`,
      `\`disk_sync_p99_ms\`: before each round's load at the budget's rate, on the disk holding the server's SQLite file, with the server idle, a 512 KB write (about a batch's WAL) and its fdatasync, as SQLite syncs a commit, ${m.diskSyncs[0]?.length ?? 0} times at the same cadence (one every ${(1000 / atBudget.batchesPerSecond!).toFixed(0)} ms); the median of the rounds' p99; per round: median ${perRound((times) => percentile(times, 50))} ms, p99 ${perRound((times) => percentile(times, 99))} ms, max ${perRound((times) => Math.max(...times))} ms. Each push answer waits for one such sync and for the syncs before it, so the disk's stalls are a floor under \`push_p99_ms\`.`,
      `\`push_throughput_per_s\`: each round's saturated load, the same clients each sending its batches back to back, bounded at ${saturated.maxRequests} requests or ${saturated.maxMs / 1000} s; the median of the rounds (${list(m.push, throughputOf)} mutations/s); ${describeLoads(m.push)}. The median of those p99s is \`push_p99_saturated_ms\`, which judges nothing: a client sending back to back waits for the other clients' batches, so it grows with the number of clients.`,
    ],
  };
}

/** Medians, ratios and the words that say how each figure was measured. */
export function summarize(staticDir: string, m: Measured, sizes: Sizes): Summary {
  const app = summarizeApp(staticDir, m, sizes);
  const speedup = median(m.pouch) / median(m.firstSync);
  const push = summarizePush(m, sizes.push, sizes.pushAtBudget);
  const total = sizes.cases + sizes.resources;

  const metrics = [
    ...app.metrics,
    metric('pouchdb_first_sync_15k_ms', median(m.pouch), 'ms', 'ours >= 7× faster'),
    metric('pouchdb_to_first_sync_ratio', speedup, '×', '>= 7'),
    ...push.metrics,
  ];
  const verdicts = new Map<string, boolean>([
    ...app.verdicts,
    ['pouchdb_first_sync_15k_ms', speedup >= 7],
    ['pouchdb_to_first_sync_ratio', speedup >= 7],
    ...push.verdicts,
  ]);
  const notes = [
    ...app.notes,
    `\`pouchdb_first_sync_15k_ms\`: pouchdb-browser in the same Chromium (fresh profile each run, IndexedDB adapter) running \`PouchDB.replicate(remote, local)\` with default settings from express-pouchdb (pouchdb-core with the in-memory adapter) on loopback holding the same ${total.toLocaleString('en')} records, no encryption; runs: ${ms(m.pouch)} ms. \`pouchdb_to_first_sync_ratio\` is how many times faster ours is (first_sync_15k_ms, PIN setup and opening the sealed pages included).`,
    ...push.notes,
  ];
  return { metrics, notes, verdicts };
}
