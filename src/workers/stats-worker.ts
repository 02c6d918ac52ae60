import * as Comlink from 'comlink';
import { getDb } from '../db/database.ts';
import { municipalityName } from '../domain/municipalities.ts';
import { buildPublishedStats } from '../domain/stats-dashboard.ts';
import type { StatsPayload } from '../schema/stats.ts';

// The statistics worker: reads the tablet's own records (the coordinator's scope) from IndexedDB and
// computes the published dashboard off the main thread. Only suppressed counts go back to the page.

const api = {
  async computeDashboard(asOf: string): Promise<StatsPayload> {
    const db = getDb();
    const [cases, visits, resources] = await Promise.all([db.cases.toArray(), db.visits.toArray(), db.resources.toArray()]);
    const report = buildPublishedStats({ cases, visits, resources, asOf });
    const names = Object.fromEntries(report.municipalities.map((code) => [code, municipalityName(code)]));
    return { report, names, source: 'device' };
  },
};

export type StatsWorkerApi = typeof api;

Comlink.expose(api);
