import { readdirSync, readFileSync } from 'node:fs';

// CPU time by process, for figures that wall time alone cannot explain on a shared 2-core machine: what the
// Node process (server + driver) and each kind of Chromium process (browser, renderer, network…) spent.

const TICK_MS = 10; // USER_HZ is 100 on Linux.

type Proc = { pid: number; ppid: number; cpuMs: number };

function readProc(pid: number): Proc | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return null;
  }
}

function kindOf(pid: number): string {
  try {
    // Chromium rewrites its command line into one space-separated string.
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    const type = args.find((a) => a.startsWith('--type='))?.slice('--type='.length);
    const service = args.find((a) => a.startsWith('--utility-sub-type='))?.split('.').at(-2);
    return type === 'utility' && service ? service : (type ?? 'browser');
  } catch {
    return 'gone';
  }
}

/** CPU milliseconds so far of this Node process and of every descendant process, by kind. */
export function snapshotCpu(): Map<string, number> {
  const procs = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map((name) => readProc(Number(name)));
  const children = new Map<number, Proc[]>();
  for (const proc of procs) if (proc) children.set(proc.ppid, [...(children.get(proc.ppid) ?? []), proc]);
  const usage = process.cpuUsage();
  const totals = new Map<string, number>([['node', (usage.user + usage.system) / 1000]]);
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length > 0) {
    const proc = stack.pop()!;
    const kind = kindOf(proc.pid);
    totals.set(kind, (totals.get(kind) ?? 0) + proc.cpuMs);
    stack.push(...(children.get(proc.pid) ?? []));
  }
  return totals;
}

/** CPU milliseconds spent between two snapshots, by kind (processes that exited in between are lost). */
export function cpuSince(before: Map<string, number>, after = snapshotCpu()): Record<string, number> {
  const spent: Record<string, number> = {};
  for (const [kind, ms] of after) spent[kind] = Math.max(0, Math.round(ms - (before.get(kind) ?? 0)));
  return spent;
}
