import { randomUUID } from 'node:crypto';
import { formatHlc } from '../../src/domain/hlc.ts';
import type { PulledChange, PushResponse } from '../../src/schema/sync-protocol.ts';

// Push load on the server over loopback HTTP: concurrent tablets each sending batches of mutations, the way
// the sync engine does after a day of offline work (new visit notes, edits to cases).

export type PushLoadOptions = {
  clients: number;
  batchSize: number;
  /** Stop after this many requests in all… */
  maxRequests: number;
  /** …or after this long, whichever comes first. */
  maxMs: number;
};

export type PushLoadResult = { mutations: number; requests: number; elapsedMs: number; latencies: number[]; statuses: Record<string, number> };

const VISIT_SHARE = 0.7;

/** Request bodies prepared before the clock starts: 70 % new visits, 30 % edits to distinct cases' notes. */
function prepareBodies(cases: readonly PulledChange[], options: PushLoadOptions): string[][] {
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
          const target = cases[visitIndex++ % cases.length]!.record;
          const fields = { caseId: target.id, at: '2026-04-01T10:30:00+09:00', kind: 'home-visit', author: 'ベンチ（コーディネーター）', note: '自宅訪問。体調は安定している。次回は1か月後に訪問予定。' };
          return { id: randomUUID(), collection: 'visits', recordId: randomUUID(), baseRev: null, op: 'upsert', fields, at };
        }
        const target = cases[editIndex++ % cases.length]!.record;
        const fields = { notes: `訪問時に確認（${client}-${counter}）` };
        return { id: randomUUID(), collection: 'cases', recordId: target.id, baseRev: target.rev, op: 'upsert', fields, at };
      });
      return JSON.stringify({ clientId, mutations });
    });
  });
}

export async function runPushLoad(url: string, token: string, cases: readonly PulledChange[], options: PushLoadOptions): Promise<PushLoadResult> {
  const bodies = prepareBodies(cases, options);
  const endpoint = new URL('/api/sync/push', url);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let requests = 0;
  const started = performance.now();
  const deadline = started + options.maxMs;
  await Promise.all(
    bodies.map(async (queue) => {
      for (const body of queue) {
        if (requests >= options.maxRequests || performance.now() > deadline) return;
        requests++;
        const sent = performance.now();
        const response = await fetch(endpoint, { method: 'POST', headers, body });
        const { results } = (await response.json()) as PushResponse;
        latencies.push(performance.now() - sent);
        if (!response.ok) throw new Error(`push failed: HTTP ${response.status}`);
        for (const { status } of results) statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  return { mutations: latencies.length * options.batchSize, requests: latencies.length, elapsedMs, latencies, statuses };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
