import { gzipBytes, type FirstSyncPhases } from './app-measures.ts';
import type { ColdStarts, UnlockCosts } from './cold-start.ts';
import type { DisasterVisits } from './disaster-browser.ts';
import { percentile } from './push-load.ts';
import { median, metric } from './report.ts';

// The app's own figures in Chromium (first sync, cold start and unlock, search, disaster list, first page's JS)
// and the words that say how each was measured.

export type AppMeasured = {
  firstSync: number[];
  phases: FirstSyncPhases[];
  /** CPU milliseconds by process kind during each first sync. */
  syncCpu: Array<Record<string, number>>;
  raw: number[];
  cold: ColdStarts | null;
  unlockCosts: UnlockCosts | null;
  search: number[];
  disaster: DisasterVisits | null;
  signInScripts: string[];
};

export const emptyAppMeasured = (): AppMeasured => ({
  firstSync: [], phases: [], syncCpu: [], raw: [], cold: null, unlockCosts: null, search: [], disaster: null, signInScripts: [],
});

export type AppSizes = { cases: number; resources: number; disasterArea: string };
type Summary = { metrics: ReturnType<typeof metric>[]; notes: string[]; verdicts: Map<string, boolean> };

const KB = 1024;
const ms = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(', ');
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const phase = (m: AppMeasured, name: keyof FirstSyncPhases) => median(m.phases.map((p) => p[name])).toFixed(0);

function describeCpu(runs: ReadonlyArray<Record<string, number>>): string {
  const kinds = [...new Set(runs.flatMap((run) => Object.keys(run)))];
  const medians = kinds.map((kind): [string, number] => [kind, median(runs.map((run) => run[kind] ?? 0))]).filter(([, ms]) => ms >= 50);
  const named = medians.map(([kind, ms]) => `${kind === 'node' ? 'server (Node)' : `Chromium ${kind}`} ${ms.toFixed(0)} ms`);
  return `CPU time during the sync (medians): ${named.join(', ')}`;
}

function describeScripts(files: ReadonlyArray<[string, number]>): string {
  return files.map(([p, b]) => `${p} ${kb(b)}`).join(', ');
}

/** Medians, verdicts and notes of the browser measures; `staticDir` is the served copy of dist/. */
export function summarizeApp(staticDir: string, m: AppMeasured, sizes: AppSizes): Summary {
  const n = `${(sizes.cases / 1000).toFixed(0)}k`;
  const cold = m.cold!;
  const costs = m.unlockCosts!;
  const disaster = m.disaster!;
  const list = gzipBytes(staticDir, cold.early);
  const lockOnly = gzipBytes(staticDir, cold.lockScripts);
  const lazy = gzipBytes(staticDir, cold.late);
  const signIn = gzipBytes(staticDir, m.signInScripts);
  const [sync, raw, lock, unlock, search, disasterMs] = [m.firstSync, m.raw, cold.lock, cold.unlock, m.search, disaster.warm].map(median) as
    [number, number, number, number, number, number];
  const ratio = sync / raw;
  const total = sizes.cases + sizes.resources;

  const metrics = [
    metric('initial_js_gzip_bytes', list.total, 'B', '<= 80 KB (81,920 B)'),
    metric(`cold_start_${n}_ms`, lock, 'ms', '<= 1,000 ms'),
    metric(`unlock_to_list_${n}_ms`, unlock, 'ms', '<= 1,500 ms'),
    metric(`search_keystroke_${n}_ms`, search, 'ms', '<= 16 ms'),
    metric(`disaster_list_${n}_ms`, disasterMs, 'ms', '<= 100 ms'),
    metric('raw_idb_write_15k_ms', raw, 'ms', 'baseline (physical floor)'),
    metric('first_sync_15k_ms', sync, 'ms', `<= 1.25 × raw_idb_write_15k_ms (${(1.25 * raw).toFixed(0)} ms)`),
    metric('first_sync_to_raw_ratio', ratio, '×', '<= 1.25'),
  ];
  const verdicts = new Map<string, boolean>([
    ['initial_js_gzip_bytes', list.total <= 80 * KB],
    [`cold_start_${n}_ms`, lock <= 1000],
    [`unlock_to_list_${n}_ms`, unlock <= 1500],
    [`search_keystroke_${n}_ms`, search <= 16],
    [`disaster_list_${n}_ms`, disasterMs <= 100],
    ['first_sync_15k_ms', ratio <= 1.25],
    ['first_sync_to_raw_ratio', ratio <= 1.25],
  ]);
  const notes = [
    `\`initial_js_gzip_bytes\`: after an offline reload the app opens locked; the PIN typed and submitted; every .js file (not sw.js) whose request started before the case list's \`tsunagu:list-visible\` mark, each gzipped (zlib default level) from dist/: ${describeScripts(list.files)}. Of these, the lock screen alone (requested before its \`tsunagu:lock-visible\` mark) loads ${kb(lockOnly.total)} in ${lockOnly.files.length} files: ${describeScripts(lockOnly.files)}. Loaded after the list was on screen (lazy, not counted): ${kb(lazy.total)} in ${lazy.files.length} files. The sign-in page of a fresh profile loads ${kb(signIn.total)} (${signIn.files.length} files).`,
    `\`cold_start_${n}_ms\`: ${sizes.cases.toLocaleString('en')} cases and ${sizes.resources.toLocaleString('en')} resources stored by a real first sync; the network switched off (\`context.setOffline\`), the page reloaded from the service worker; a cold start opens the app locked, so the time is from navigation start to the lock screen's \`tsunagu:lock-visible\` mark (its first layout effect, the PIN field committed; the field then checked visible and enabled); ${cold.lock.length} reloads: ${ms(cold.lock)} ms.`,
    `\`unlock_to_list_${n}_ms\`: on each of those cold starts, TEST_PIN typed and submitted; from the submit (the click's default action) to the case list's \`tsunagu:list-visible\` mark, the list then checked to hold all ${sizes.cases.toLocaleString('en')} cases; runs: ${ms(cold.unlock)} ms. Of each, submit → lock screen gone (PIN key derived, device keys unwrapped, the app re-rendered): ${ms(cold.unlockParts.map((p) => p.keys))} ms; then → the list (its chunk, the list rows of the ${sizes.cases.toLocaleString('en')} cases read and decrypted — a first sync keeps them sealed by page, src/db/chunks.ts — and rendered): ${ms(cold.unlockParts.map((p) => p.list))} ms. Alone in the same page: PBKDF2-SHA-256 × ${costs.iterations.toLocaleString('en')} takes ${ms(costs.pbkdf2Ms)} ms; a raw read of the sealed list rows (${costs.caseRows.toLocaleString('en')} rows of their own in \`caseIndex\` and ${costs.chunks.toLocaleString('en')} chunks' index bodies) ${ms(costs.readCaseRowsMs)} ms.`,
    `\`search_keystroke_${n}_ms\`: in the unlocked offline page of the last cold start (1.5 s after the list), a surname, a name in kana and a town (逗子) typed one character at a time and each cleared, ${m.search.length} keystrokes; from the input event to the \`tsunagu:search-rendered\` mark (layout effect after the list's DOM is updated), two frames between keystrokes. Median; max ${Math.max(...m.search).toFixed(1)} ms, p90 ${percentile(m.search, 90).toFixed(1)} ms.`,
    `\`disaster_list_${n}_ms\`: in that unlocked offline profile, an event started through the app on ${sizes.disasterArea} (outage 30 h ago; of the area's ${disaster.everyone.toLocaleString('en')} children, triaged, the ${disaster.listed.toLocaleString('en')} power-dependent ones listed — the screen's default — and the first 100 cards rendered); from the tap on 災害モード in the header (coming from the case list, the screen mounted anew each time) to the list's \`tsunagu:disaster-list-visible\` mark (its layout effect once the first rows are in the DOM); runs: ${ms(disaster.warm)} ms. As the first screen right after an offline reload and unlock (the working set still being opened): ${ms(disaster.afterUnlock)} ms.`,
    `\`raw_idb_write_15k_ms\`: the same ${total.toLocaleString('en')} records exactly as pulled, \`put\` one by one into a single object store in one readwrite transaction, in the profile of each first-sync run just after it; runs: ${ms(m.raw)} ms.`,
    `\`first_sync_15k_ms\`: a fresh Chromium profile opens the app, the service worker takes control, then from the click on ログイン (as the bench administrator, areas ['*'], server on SQLite over loopback) until both every record is stored and the PIN is set: the first sync runs while the PIN is chosen (src/ui/session/sync-before-pin.ts, under keys held in memory until the PIN wraps them), so the figure ends at the later of its end (the page's \`tsunagu:first-sync-end\` mark, status idle) and the app shown after the PIN setup (the PIN typed twice and submitted), the inbox of sealed pages then counted empty; afterwards cases and resources counted in rows and chunks (src/db/chunks.ts; every chunk of cases with its list rows), and the list showing all ${sizes.cases.toLocaleString('en')}; runs: ${ms(m.firstSync)} ms. Medians of its phases: sign-in to the PIN screen ${phase(m, 'signIn')} ms, the bench typing the PIN twice ${phase(m, 'typing')} ms, PIN setup (submit → the app shown: PBKDF2, the keys wrapped, session saved) ${phase(m, 'pinSetup')} ms (runs ${ms(m.phases.map((p) => p.pinSetup))}); the sync began ${phase(m, 'toSync')} ms after the click and pulled and wrote everything in ${phase(m, 'pull')} ms (runs ${ms(m.phases.map((p) => p.pull))}), ending ${phase(m, 'afterApp')} ms after the app was shown (0: before it). The case list, which is not read again while a first sync runs (src/ui/hooks/use-live-query.ts), showed all ${sizes.cases.toLocaleString('en')} at ${phase(m, 'listShown')} ms after the click (not part of the figure). ${describeCpu(m.syncCpu)} (IndexedDB's backend runs in the browser process; the page in the renderer). \`first_sync_to_raw_ratio\` is the median first sync over the median raw write.`,
  ];
  return { metrics, notes, verdicts };
}
