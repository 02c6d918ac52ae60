import * as Comlink from 'comlink';
import { getDb } from '../db/database.ts';
import { municipalityName } from '../domain/municipalities.ts';
import { buildDeviceStats } from '../domain/stats-dashboard.ts';
import type { StatsPayload } from '../schema/stats.ts';

// The statistics worker: reads the tablet's own records (the coordinator's scope) from IndexedDB and
// computes the published dashboard off the main thread. The page gets the suppressed counts
// for print and CSV, and the exact ones for the coordinator's own screen.

const api = {
  async computeDashboard(asOf: string): Promise<StatsPayload> {
    const db = getDb();
    const [cases, visits, resources] = await Promise.all([db.cases.toArray(), db.visits.toArray(), db.resources.toArray()]);
    const { report, exact } = buildDeviceStats({ cases, visits, resources, asOf });
    const names = Object.fromEntries(report.municipalities.map((code) => [code, municipalityName(code)]));
    return { report, exact, names, source: 'device' };
  },
};

export type StatsWorkerApi = typeof api;

Comlink.expose(api);
