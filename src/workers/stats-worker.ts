import * as Comlink from 'comlink';
import { getDb } from '../db/database.ts';
import { municipalityName } from '../domain/municipalities.ts';
import { buildDeviceStats } from '../domain/stats-dashboard.ts';
import { readAllRecords } from '../db/layered-records.ts';
import { openRows } from '../db/sealed-rows.ts';
import type { StatsPayload } from '../schema/stats.ts';
import type { Visit } from '../schema/visit.ts';
import { setWorkerKeys } from './worker-keys.ts';

// The statistics worker: reads the tablet's own records (the coordinator's scope) from IndexedDB and
// computes the published dashboard off the main thread. The page gets the suppressed counts
// for print and CSV, and the exact ones for the coordinator's own screen.

const api = {
  setKeys: setWorkerKeys,

  async computeDashboard(asOf: string): Promise<StatsPayload> {
    const db = getDb();
    const [cases, storedVisits, resources] = await Promise.all([readAllRecords(db, 'cases'), db.visits.toArray(), readAllRecords(db, 'resources')]);
    const visits = await openRows<Visit>(db, 'visits', storedVisits);
    const { report, exact } = buildDeviceStats({ cases, visits, resources, asOf });
    const names = Object.fromEntries(report.municipalities.map((code) => [code, municipalityName(code)]));
    return { report, exact, names, source: 'device' };
  },
};

export type StatsWorkerApi = typeof api;

Comlink.expose(api);
