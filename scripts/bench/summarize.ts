import { gzipBytes } from './app-measures.ts';
import type { PushLoadOptions, PushLoadResult } from './push-load.ts';
import { percentile } from './push-load.ts';
import { median, metric, type Metric } from './report.ts';

/** Raw samples gathered by one bench run. */
export type Measured = {
  firstSync: number[];
  /** CPU milliseconds by process kind during each first sync. */
  syncCpu: Array<Record<string, number>>;
  signIn: number[];
  raw: number[];
  cold: number[];
  search: number[];
  pouch: number[];
  signInScripts: string[];
  listScripts: { early: string[]; late: string[] };
  push: PushLoadResult | null;
};

export const emptyMeasured = (): Measured => ({
  firstSync: [], syncCpu: [], signIn: [], raw: [], cold: [], search: [], pouch: [], signInScripts: [], listScripts: { early: [], late: [] }, push: null,
});

type Sizes = { cases: number; resources: number; push: PushLoadOptions };

const KB = 1024;
const ms = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(', ');
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function describeCpu(runs: ReadonlyArray<Record<string, number>>): string {
  const kinds = [...new Set(runs.flatMap((run) => Object.keys(run)))];
  const medians = kinds.map((kind): [string, number] => [kind, median(runs.map((run) => run[kind] ?? 0))]).filter(([, ms]) => ms >= 50);
  const named = medians.map(([kind, ms]) => `${kind === 'node' ? 'server (Node)' : `Chromium ${kind}`} ${ms.toFixed(0)} ms`);
  return `CPU time during the sync (medians): ${named.join(', ')}`;
}

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
      `\`push_throughput_per_s\` and \`push_p99_ms\`: the same server on SQLite, ${options.clients} concurrent clients over loopback HTTP, each sending batches of ${options.batchSize} mutations (70 new visit notes, 30 edits to distinct cases' notes) back to back, bounded at ${options.maxRequests} requests or ${options.maxMs / 1000} s, after 20 warm-up requests; the clients run in a separate Node process, so the load generator's own CPU is not the server's; ${push.requests} requests, ${push.mutations.toLocaleString('en')} mutations in ${(push.elapsedMs / 1000).toFixed(2)} s; results ${JSON.stringify(push.statuses)}; latency is per request (one batch); median ${percentile(push.latencies, 50).toFixed(1)} ms, p90 ${percentile(push.latencies, 90).toFixed(1)} ms, max ${Math.max(...push.latencies).toFixed(1)} ms.`,
    ],
  };
}

/** Medians, ratios and the words that say how each figure was measured. */
export function summarize(staticDir: string, m: Measured, sizes: Sizes): Summary {
  const n = `${(sizes.cases / 1000).toFixed(0)}k`;
  const list = gzipBytes(staticDir, m.listScripts.early);
  const lazy = gzipBytes(staticDir, m.listScripts.late);
  const signIn = gzipBytes(staticDir, m.signInScripts);
  const [sync, raw, pouch, cold, search] = [m.firstSync, m.raw, m.pouch, m.cold, m.search].map(median) as [number, number, number, number, number];
  const ratio = sync / raw;
  const speedup = pouch / sync;
  const push = summarizePush(m.push!, sizes.push);
  const total = sizes.cases + sizes.resources;

  const metrics = [
    metric('initial_js_gzip_bytes', list.total, 'B', '<= 80 KB (81,920 B)'),
    metric(`cold_start_${n}_ms`, cold, 'ms', '<= 1,000 ms'),
    metric(`search_keystroke_${n}_ms`, search, 'ms', '<= 16 ms'),
    metric('raw_idb_write_15k_ms', raw, 'ms', 'baseline (physical floor)'),
    metric('first_sync_15k_ms', sync, 'ms', `<= 1.25 × raw_idb_write_15k_ms (${(1.25 * raw).toFixed(0)} ms)`),
    metric('first_sync_to_raw_ratio', ratio, '×', '<= 1.25'),
    metric('pouchdb_first_sync_15k_ms', pouch, 'ms', 'ours >= 7× faster'),
    metric('pouchdb_to_first_sync_ratio', speedup, '×', '>= 7'),
    ...push.metrics,
  ];
  const verdicts = new Map<string, boolean>([
    ['initial_js_gzip_bytes', list.total <= 80 * KB],
    [`cold_start_${n}_ms`, cold <= 1000],
    [`search_keystroke_${n}_ms`, search <= 16],
    ['first_sync_15k_ms', ratio <= 1.25],
    ['first_sync_to_raw_ratio', ratio <= 1.25],
    ['pouchdb_first_sync_15k_ms', speedup >= 7],
    ['pouchdb_to_first_sync_ratio', speedup >= 7],
    ...push.verdicts,
  ]);
  const notes = [
    `\`initial_js_gzip_bytes\`: the signed-in case list after an offline reload; every .js file (not sw.js) whose request started before the app's \`tsunagu:list-visible\` mark, each gzipped (zlib default level) from dist/: ${list.files.map(([p, b]) => `${p} ${kb(b)}`).join(', ')}. Loaded after the list was on screen (lazy, not counted): ${kb(lazy.total)} in ${lazy.files.length} files. The sign-in page of a fresh profile loads ${kb(signIn.total)} (${signIn.files.length} files).`,
    `\`cold_start_${n}_ms\`: ${sizes.cases.toLocaleString('en')} cases and ${sizes.resources.toLocaleString('en')} resources stored by a real first sync; the network switched off (\`context.setOffline\`), the page reloaded from the service worker, and the time from navigation start to the \`tsunagu:list-visible\` mark read; ${m.cold.length} reloads: ${ms(m.cold)} ms.`,
    `\`search_keystroke_${n}_ms\`: in that offline page, a surname, a name in kana and a town (逗子) typed one character at a time and each cleared, ${m.search.length} keystrokes; from the input event to the \`tsunagu:search-rendered\` mark (layout effect after the list's DOM is updated), two frames between keystrokes. Median; max ${Math.max(...m.search).toFixed(1)} ms, p90 ${percentile(m.search, 90).toFixed(1)} ms.`,
    `\`raw_idb_write_15k_ms\`: the same ${total.toLocaleString('en')} records exactly as pulled, \`put\` one by one into a single object store in one readwrite transaction, in the profile of each first-sync run just after it; runs: ${ms(m.raw)} ms.`,
    `\`first_sync_15k_ms\`: a fresh Chromium profile opens the app, the service worker takes control, then from the click on ログイン (as the bench administrator, areas ['*'], server on SQLite over loopback) to the service worker's first \`idle\` status after it, when every page is written and the cursor saved (all ${total.toLocaleString('en')} rows checked afterwards); runs: ${ms(m.firstSync)} ms, of which sign-in until the sync began: ${ms(m.signIn)} ms. ${describeCpu(m.syncCpu)} (IndexedDB's backend runs in the browser process; page and service worker in the renderer). \`first_sync_to_raw_ratio\` is the median first sync over the median raw write.`,
    `\`pouchdb_first_sync_15k_ms\`: pouchdb-browser in the same Chromium (fresh profile each run, IndexedDB adapter) running \`PouchDB.replicate(remote, local)\` with default settings from express-pouchdb (pouchdb-core with the in-memory adapter) on loopback holding the same ${total.toLocaleString('en')} records; runs: ${ms(m.pouch)} ms. \`pouchdb_to_first_sync_ratio\` is how many times faster ours is.`,
    ...push.notes,
  ];
  return { metrics, notes, verdicts };
}
