// Disaster-mode budgets (DESIGN.md §6), in Node over the demo generator: the same src/db and src/domain code the
// screen runs, on fake-indexeddb (an in-memory IndexedDB; Chromium's is usually faster at reads), with the
// records sealed at rest and the app unlocked (its decrypted working set warm, as after an unlock).
//   disaster_list_10k_ms — the triaged list for one municipality out of 10,000 cases on the device: read the
//     area's disaster rows and the event's checks (listDisasterRows, listEventChecks), triage, latest status and
//     note, summary. The cards need nothing more (a card's details read the whole record only when opened).
//   safety_check_ms — one tap: the check and its outbox entry written in one transaction, then the event's
//     checks read back and the family's latest status computed (what the live query re-renders).
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { generateDemoCases } from '../../server/seed/demo-cases.ts';
import { applyPulledPage } from '../../src/db/apply-pulled.ts';
import { TsunaguDb } from '../../src/db/database.ts';
import { listDisasterRows, listEventChecks, recordSafetyCheck } from '../../src/db/disaster.ts';
import { createVault } from '../../src/db/vault.ts';
import { warmWorkingSet } from '../../src/db/working-set.ts';
import { latestChecks, latestNotes, summarizeSafety } from '../../src/domain/safety-status.ts';
import { triageCases } from '../../src/domain/triage.ts';
import type { DisasterEvent } from '../../src/schema/disaster-event.ts';

export type DisasterBenchOptions = { cases?: number; runs?: number; seed?: number; municipality?: string; checks?: number };
export type DisasterListMeasures = { disaster_list_10k_ms: number; samples_ms: number[]; listed: number; cases: number };
export type SafetyCheckMeasures = { safety_check_ms: number; samples_ms: number[] };

const YOKOSUKA = '142018';
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

/** Installs an in-memory IndexedDB for Dexie and idb-keyval (Node has none); harmless when one exists. */
function useMemoryIndexedDb(): void {
  const scope = globalThis as { indexedDB?: unknown; IDBKeyRange?: unknown };
  scope.indexedDB ??= new IDBFactory();
  scope.IDBKeyRange ??= IDBKeyRange;
  Dexie.dependencies.indexedDB = scope.indexedDB as IDBFactory;
  Dexie.dependencies.IDBKeyRange = scope.IDBKeyRange as typeof IDBKeyRange;
}

function makeEvent(areas: string[]): DisasterEvent {
  return {
    id: crypto.randomUUID(), rev: 1, deleted: false, updatedAt: new Date().toISOString(), type: 'earthquake', title: 'bench',
    outageStartedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(), areas, startedBy: 'bench', declaredBy: null,
    declaredAt: null, responders: [], endedAt: null, note: '',
  };
}

/** A device holding `n` demo cases, one open event on `municipality` and `checks` safety checks already made. */
async function prepareDevice(options: DisasterBenchOptions) {
  const { cases: n = 10_000, seed = 20260901, municipality = YOKOSUKA, checks = 200 } = options;
  useMemoryIndexedDb();
  const db = new TsunaguDb(`bench-disaster-${crypto.randomUUID()}`);
  // An unlocked tablet (the PIN's PBKDF2 cost is not part of these measures).
  await createVault(db, 'bench-pin-4711', 1_000);
  const records = generateDemoCases(n, seed);
  // As a pull writes them: sealed, each case with its list and disaster rows in the same transaction.
  await applyPulledPage(db, { changes: records.map((record) => ({ collection: 'cases' as const, record })), removals: [] });
  // As an unlock does: the rows every list reads opened once into the decrypted working set.
  await warmWorkingSet(db);
  const event = makeEvent([municipality]);
  await db.disasterEvents.put(event);
  const local = records.filter((record) => record.municipalityCode === municipality);
  for (const record of local.slice(0, checks)) await recordSafetyCheck(db, { caseId: record.id, eventId: event.id, status: 'safe', by: 'bench' });
  return { db, event, local, n };
}

async function buildList(db: TsunaguDb, event: DisasterEvent) {
  const now = new Date();
  const [rows, checks] = await Promise.all([listDisasterRows(db, event, now), listEventChecks(db, event.id)]);
  const list = triageCases(rows, event.outageStartedAt, now, now.toISOString().slice(0, 10));
  const latest = latestChecks(checks, event.id);
  latestNotes(checks, event.id);
  summarizeSafety(list, latest);
  return list;
}

/** `disaster_list_10k_ms`: median of `runs` (default 7) after one warm-up. */
export async function measureDisasterList(options: DisasterBenchOptions = {}): Promise<DisasterListMeasures> {
  const { db, event, n } = await prepareDevice(options);
  try {
    const listed = (await buildList(db, event)).length;
    const samples: number[] = [];
    for (let run = 0; run < (options.runs ?? 7); run++) {
      const started = performance.now();
      await buildList(db, event);
      samples.push(performance.now() - started);
    }
    return { disaster_list_10k_ms: round(median(samples)), samples_ms: samples.map(round), listed, cases: n };
  } finally {
    await db.delete();
  }
}

/** `safety_check_ms`: median of `runs` (default 21) taps after three warm-up taps. */
export async function measureSafetyCheck(options: DisasterBenchOptions = {}): Promise<SafetyCheckMeasures> {
  const { db, event, local } = await prepareDevice({ cases: 2_000, ...options });
  try {
    const samples: number[] = [];
    const runs = options.runs ?? 21;
    for (let run = -3; run < runs; run++) {
      const caseId = local[(run + 3) % local.length]!.id;
      const started = performance.now();
      await recordSafetyCheck(db, { caseId, eventId: event.id, status: 'needs-support', by: 'bench' });
      const latest = latestChecks(await listEventChecks(db, event.id), event.id);
      if (latest.get(caseId)?.status !== 'needs-support') throw new Error('the check was not stored');
      if (run >= 0) samples.push(performance.now() - started);
    }
    return { safety_check_ms: round(median(samples)), samples_ms: samples.map(round) };
  } finally {
    await db.delete();
  }
}
