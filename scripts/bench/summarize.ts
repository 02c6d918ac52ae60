import type { PushLoadOptions, PushLoadResult } from './push-load.ts';
import { percentile } from './push-load.ts';
import { median, metric, type Metric } from './report.ts';
import { emptyAppMeasured, summarizeApp, type AppMeasured, type AppSizes } from './summarize-app.ts';

/** Raw samples gathered by one bench run: the app's in Chromium (summarize-app.ts), the peer's, the push load. */
export type Measured = AppMeasured & { pouch: number[]; push: PushLoadResult | null; pushAtBudget: PushLoadResult | null };

export const emptyMeasured = (): Measured => ({ ...emptyAppMeasured(), pouch: [], push: null, pushAtBudget: null });

type Sizes = AppSizes & { push: PushLoadOptions; pushAtBudget: PushLoadOptions };

const ms = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(', ');

export type Summary = { metrics: Metric[]; notes: string[]; verdicts: Map<string, boolean> };

const describeLoad = (push: PushLoadResult) => {
  const cpu = ((push.serverCpuMs ?? Number.NaN) / push.requests).toFixed(1);
  return `${push.requests} requests, ${push.mutations.toLocaleString('en')} mutations in ${(push.elapsedMs / 1000).toFixed(2)} s; results ${JSON.stringify(push.statuses)}; median ${percentile(push.latencies, 50).toFixed(1)} ms, p90 ${percentile(push.latencies, 90).toFixed(1)} ms, p99 ${percentile(push.latencies, 99).toFixed(1)} ms, max ${Math.max(...push.latencies).toFixed(1)} ms; server CPU ${cpu} ms per batch (all its threads), 1-minute load average ${(push.loadAverage ?? Number.NaN).toFixed(1)} just after (2 cores)`;
};

/**
 * The push budget is a throughput and a p99 at it: the throughput is measured with the server saturated, the
 * p99 under an open load at the budget's rate. A p99 taken at saturation is reported beside them but judges
 * nothing: with clients sending back to back it is about the number of clients times one batch's service time
 * (each waits for the others' batches), so it measures the load generator's choice of client count.
 */
export function summarizePush(m: Pick<Measured, 'push' | 'pushAtBudget'>, saturated: PushLoadOptions, atBudget: PushLoadOptions): Summary {
  const push = m.push!;
  const paced = m.pushAtBudget!;
  const throughput = push.mutations / (push.elapsedMs / 1000);
  const p99 = percentile(paced.latencies, 99);
  const rate = atBudget.batchesPerSecond! * atBudget.batchSize;
  return {
    metrics: [
      metric('push_p99_ms', p99, 'ms', `<= 50 ms at ${rate.toLocaleString('en')} mutations/s`),
      metric('push_throughput_per_s', throughput, 'mutations/s', '>= 5,000'),
      metric('push_p99_saturated_ms', percentile(push.latencies, 99), 'ms', `— (${saturated.clients} clients back to back)`),
    ],
    verdicts: new Map([
      ['push_throughput_per_s', throughput >= 5000],
      ['push_p99_ms', p99 <= 50],
    ]),
    notes: [
      `\`push_p99_ms\`: the same server on SQLite over loopback HTTP; ${atBudget.clients} clients in a separate Node process (node:http keep-alive connections, about 1 ms of CPU per request — fetch took 3 —, so the load generator takes little of the 2 cores) sending batches of ${atBudget.batchSize} mutations (70 new visit notes, 30 edits to distinct cases' notes, ids made as the app makes them); after 20 warm-up requests, batches sent at the budget's throughput, ${atBudget.batchesPerSecond} per second (${rate.toLocaleString('en')} mutations/s), whatever the answers, the clients taking turns and opening more connections should answers lag; latency per request (one batch), timed from when it was due, not when it went, so a late answer delaying the schedule counts against the server; ${describeLoad(paced)}.`,
      `\`push_throughput_per_s\`: then, the cases pulled again (each edit based on the current revision), the same clients each sending its batches back to back, bounded at ${saturated.maxRequests} requests or ${saturated.maxMs / 1000} s; ${describeLoad(push)}. That p99 is \`push_p99_saturated_ms\`, which judges nothing: a client sending back to back waits for the other clients' batches, so it grows with the number of clients.`,
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
