import type { PushLoadOptions, PushLoadResult } from './push-load.ts';
import { percentile } from './push-load.ts';
import { median, metric, type Metric } from './report.ts';
import { emptyAppMeasured, summarizeApp, type AppMeasured, type AppSizes } from './summarize-app.ts';

/** Raw samples gathered by one bench run: the app's in Chromium (summarize-app.ts), the peer's, the push load. */
export type Measured = AppMeasured & { pouch: number[]; push: PushLoadResult | null };

export const emptyMeasured = (): Measured => ({ ...emptyAppMeasured(), pouch: [], push: null });

type Sizes = AppSizes & { push: PushLoadOptions };

const ms = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(', ');

export type Summary = { metrics: Metric[]; notes: string[]; verdicts: Map<string, boolean> };

/** The push load's throughput and p99, and how they were measured. */
export function summarizePush(push: PushLoadResult, options: PushLoadOptions): Summary {
  const throughput = push.mutations / (push.elapsedMs / 1000);
  const p99 = percentile(push.latencies, 99);
  return {
    metrics: [
      metric('push_throughput_per_s', throughput, 'mutations/s', '>= 5,000'),
      metric('push_p99_ms', p99, 'ms', '<= 50 ms'),
    ],
    verdicts: new Map([
      ['push_throughput_per_s', throughput >= 5000],
      ['push_p99_ms', p99 <= 50],
    ]),
    notes: [
      `\`push_throughput_per_s\` and \`push_p99_ms\`: the same server on SQLite, ${options.clients} concurrent clients over loopback HTTP, each sending batches of ${options.batchSize} mutations (70 new visit notes, 30 edits to distinct cases' notes) back to back, bounded at ${options.maxRequests} requests or ${options.maxMs / 1000} s, after 20 warm-up requests; the clients run in a separate Node process over node:http keep-alive connections (about 1 ms of CPU per request; fetch took 3), so the load generator takes little of the 2 cores; ${push.requests} requests, ${push.mutations.toLocaleString('en')} mutations in ${(push.elapsedMs / 1000).toFixed(2)} s; results ${JSON.stringify(push.statuses)}; latency is per request (one batch); median ${percentile(push.latencies, 50).toFixed(1)} ms, p90 ${percentile(push.latencies, 90).toFixed(1)} ms, max ${Math.max(...push.latencies).toFixed(1)} ms; server CPU ${((push.serverCpuMs ?? Number.NaN) / push.requests).toFixed(1)} ms per batch (all its threads), 1-minute load average ${(push.loadAverage ?? Number.NaN).toFixed(1)} just after (2 cores).`,
    ],
  };
}

/** Medians, ratios and the words that say how each figure was measured. */
export function summarize(staticDir: string, m: Measured, sizes: Sizes): Summary {
  const app = summarizeApp(staticDir, m, sizes);
  const speedup = median(m.pouch) / median(m.firstSync);
  const push = summarizePush(m.push!, sizes.push);
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
