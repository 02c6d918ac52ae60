import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

export type Metric = { metric: string; value: number; unit: string; budget: string; command: string; date: string };

export const COMMAND = 'npm run bench';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function metric(name: string, value: number, unit: string, budget: string): Metric {
  return { metric: name, value: Math.round(value * 10) / 10, unit, budget, command: COMMAND, date: new Date().toISOString() };
}

function describeVerdict(verdicts: ReadonlyMap<string, boolean>, name: string): string {
  const ok = verdicts.get(name);
  return ok === undefined ? '—' : ok ? 'yes' : '**no**';
}

/** Prints the figures as a table, then the notes and the load average (a partial run writes nothing else). */
export function printReport(metrics: readonly Metric[], notes: readonly string[], verdicts: ReadonlyMap<string, boolean>): void {
  console.table(metrics.map(({ metric, value, unit, budget }) => ({ metric, value, unit, budget, met: describeVerdict(verdicts, metric) })));
  for (const note of notes) console.log(`- ${note}`);
  console.log(`load average: ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`);
}

/** Prints a table and writes docs/benchmarks.json (for tools) and docs/benchmarks.md (for people). */
export function writeReport(
  root: string,
  metrics: readonly Metric[],
  notes: readonly string[],
  verdicts: ReadonlyMap<string, boolean> = new Map(),
): void {
  const verdict = (name: string) => describeVerdict(verdicts, name);
  const rows = metrics.map((m) => `| \`${m.metric}\` | ${m.value.toLocaleString('en')} ${m.unit} | ${m.budget} | ${verdict(m.metric)} |`);
  printReport(metrics, [], verdicts);
  writeFileSync(join(root, 'docs', 'benchmarks.json'), `${JSON.stringify(metrics, null, 2)}\n`);
  const md = [
    '# Benchmarks',
    '',
    `Measured by \`${COMMAND}\` on ${new Date().toISOString().slice(0, 10)} (${process.platform}, Node ${process.version},`,
    'headless Debian Chromium, 2 cores). Values are medians of several runs; budgets from DESIGN.md §6.',
    `Load average when the run ended: ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min); other work on the`,
    'machine shows up in wall times, so each first sync is also given in CPU time by process below.',
    '',
    '| metric | value | budget | met |',
    '|---|---|---|---|',
    ...rows,
    '',
    '## How each is measured',
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  writeFileSync(join(root, 'docs', 'benchmarks.md'), md);
}
