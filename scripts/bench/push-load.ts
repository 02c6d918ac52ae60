import { fork } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { formatHlc } from '../../src/domain/hlc.ts';
import { newRecordId } from '../../src/domain/record-id.ts';
import type { PulledChange, PushResponse } from '../../src/schema/sync-protocol.ts';

// Push load on the server over loopback HTTP: concurrent tablets each sending batches of mutations, the way
// the sync engine does after a day of offline work (new visit notes, edits to cases). The tablets run in a
// child process (this same bundle, started with --push-client), as real ones would on other machines: in the
// server's process their request building, fetch and JSON parsing would take the CPU the server is measured on.

export type PushLoadOptions = {
  clients: number;
  batchSize: number;
  /** Stop after this many requests in all… */
  maxRequests: number;
  /** …or after this long, whichever comes first. */
  maxMs: number;
  /**
   * Null: each client sends its next batch as soon as the last is answered (the server saturated: throughput).
   * A rate: batches go out at this many per second whatever the answers (an open load, as a region's tablets
   * send), each timed from when it was due, so a late answer delaying the next send is counted, not hidden.
   */
  batchesPerSecond: number | null;
};

export type PushLoadResult = {
  mutations: number; requests: number; elapsedMs: number; latencies: number[]; statuses: Record<string, number>;
  /** CPU time of this (the server's) process meanwhile, and the 1-minute load average after: a loaded machine shows. */
  serverCpuMs?: number; loadAverage?: number;
};

const VISIT_SHARE = 0.7;

/** The case a tablet writes to: its id and the revision it last pulled. */
type Target = { id: string; rev: number };

type ClientJob = { url: string; token: string; targets: Target[]; options: PushLoadOptions };

/** Request bodies prepared before the clock starts: 70 % new visits, 30 % edits to distinct cases' notes. */
function prepareBodies(cases: readonly Target[], options: PushLoadOptions): string[][] {
  const perClient = Math.ceil(options.maxRequests / options.clients);
  const wall = Date.now();
  let visitIndex = 0;
  let editIndex = 0;
  return Array.from({ length: options.clients }, (_, client) => {
    const clientId = `bench-tablet-${client}`;
    let counter = 0;
    return Array.from({ length: perClient }, () => {
      const mutations = Array.from({ length: options.batchSize }, (_, i) => {
        const at = formatHlc({ wall, counter: counter++ % 10_000 }, clientId);
        if (i < options.batchSize * VISIT_SHARE) {
          const target = cases[visitIndex++ % cases.length]!;
          const fields = { caseId: target.id, at: '2026-04-01T10:30:00+09:00', kind: 'home-visit', author: 'ベンチ（コーディネーター）', note: '自宅訪問。体調は安定している。次回は1か月後に訪問予定。' };
          return { id: newRecordId(), collection: 'visits', recordId: newRecordId(), baseRev: null, op: 'upsert', fields, at };
        }
        const target = cases[editIndex++ % cases.length]!;
        const fields = { notes: `訪問時に確認（${client}-${counter}）` };
        return { id: newRecordId(), collection: 'cases', recordId: target.id, baseRev: target.rev, op: 'upsert', fields, at };
      });
      return JSON.stringify({ clientId, mutations });
    });
  });
}

/** Runs the load from a child process against the server at `url`, writing to `cases`. */
export async function runPushLoad(url: string, token: string, cases: readonly PulledChange[], options: PushLoadOptions): Promise<PushLoadResult> {
  const cpu = process.cpuUsage();
  const child = fork(process.argv[1]!, ['--push-client'], { stdio: 'inherit' });
  const exited = once(child, 'exit');
  const targets = cases.map(({ record }) => ({ id: record.id, rev: record.rev }));
  child.send({ url, token, targets, options } satisfies ClientJob);
  const [message] = (await Promise.race([once(child, 'message'), exited])) as [PushLoadResult | number | null];
  await exited;
  if (typeof message !== 'object' || message === null) throw new Error(`push client exited with ${String(message)}`);
  const spent = process.cpuUsage(cpu);
  return { ...message, serverCpuMs: (spent.user + spent.system) / 1000, loadAverage: loadavg()[0] };
}

/** The child's side (`--push-client`): takes one job from the parent, runs it, sends back the result. */
export async function runPushClient(): Promise<void> {
  const [job] = (await once(process, 'message')) as [ClientJob];
  const result = await sendBatches(job.url, job.token, job.targets, job.options);
  process.send!(result, () => process.exit(0));
}

/** One POST over a kept-alive connection; the answer decompressed as a browser would, then parsed. */
function post(agent: Agent, endpoint: URL, headers: Record<string, string>, body: string): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(endpoint, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = response.headers['content-encoding'];
        const text = (encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw).toString();
        resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function sendBatches(url: string, token: string, cases: readonly Target[], options: PushLoadOptions): Promise<PushLoadResult> {
  const bodies = prepareBodies(cases, options);
  const endpoint = new URL('/api/sync/push', url);
  // Plain node:http with kept-alive connections, not fetch: on the bench's 2 cores the load generator's own CPU
  // is taken from the server (fetch cost ~3 ms of CPU per request here, this ~1 ms). Compression is asked
  // for as a browser asks, so the server does the same work as for a tablet. An open load may have more
  // batches in flight than clients (a slow answer does not hold the schedule): sockets enough for them.
  const agent = new Agent({ keepAlive: true, maxSockets: options.batchesPerSecond === null ? options.clients : 64 });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br' };
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const send = async (body: string, due: number) => {
    const response = await post(agent, endpoint, headers, body);
    latencies.push(performance.now() - due);
    if (response.status !== 200) throw new Error(`push failed: HTTP ${response.status}`);
    for (const { status } of (response.json as PushResponse).results) statuses[status] = (statuses[status] ?? 0) + 1;
  };
  const started = performance.now();
  if (options.batchesPerSecond === null) await sendBackToBack(bodies, options, started, send);
  else await sendAtRate(bodies, options, options.batchesPerSecond, started, send);
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { mutations: latencies.length * options.batchSize, requests: latencies.length, elapsedMs, latencies, statuses };
}

type Send = (body: string, due: number) => Promise<void>;

/** Each client's batches one after another, the next sent when the last is answered. */
async function sendBackToBack(bodies: readonly string[][], options: PushLoadOptions, started: number, send: Send): Promise<void> {
  const deadline = started + options.maxMs;
  let requests = 0;
  await Promise.all(
    bodies.map(async (queue) => {
      for (const body of queue) {
        if (requests >= options.maxRequests || performance.now() > deadline) return;
        requests++;
        await send(body, performance.now());
      }
    }),
  );
}

/** Batch i due at i / rate seconds, the clients taking turns; each timed from when it was due. */
async function sendAtRate(bodies: readonly string[][], options: PushLoadOptions, rate: number, started: number, send: Send): Promise<void> {
  const count = Math.min(options.maxRequests, Math.floor((options.maxMs / 1000) * rate));
  const sent: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    sent.push(send(bodies[i % options.clients]![Math.floor(i / options.clients)]!, due));
  }
  await Promise.all(sent);
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
