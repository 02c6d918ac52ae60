import { getDb } from '../../db/database.ts';
import { dropQueuedExports, listQueuedExports, queueExport } from '../../db/export-audit-queue.ts';
import { ApiErrorSchema } from '../../schema/session.ts';
import { StatsPayloadSchema, type ExportAudit, type StatsPayload } from '../../schema/stats.ts';
import * as z from 'zod';

// The statistics' two calls to the server: the aggregate for supervisors, and the audit of exports.

export class StatsHttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'StatsHttpError';
  }
}

async function call(token: string, path: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(path, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = ApiErrorSchema.safeParse(body);
    throw new StatsHttpError(response.status, error.success ? error.data.error.message : `HTTP ${response.status}`);
  }
  return body;
}

/** GET /api/stats: aggregates only, for supervisors and administrators; names filled in from the app's table. */
export async function fetchServerStats(token: string): Promise<StatsPayload> {
  const payload = StatsPayloadSchema.parse(await call(token, '/api/stats'));
  const { municipalityName } = await import('../../domain/municipalities.ts');
  const names = Object.fromEntries(payload.report.municipalities.map((code) => [code, municipalityName(code)]));
  return { ...payload, names };
}

const RecordedSchema = z.object({ recorded: z.array(z.string()) });

/** Sends queued export records to the audit log when online; what does not arrive stays queued. */
export async function flushExportAudit(token: string): Promise<void> {
  if (!navigator.onLine) return;
  const pending = await listQueuedExports(getDb());
  if (pending.length === 0) return;
  const body = JSON.stringify({ entries: pending.slice(0, 100) });
  const { recorded } = RecordedSchema.parse(await call(token, '/api/audit/export', { method: 'POST', body }));
  await dropQueuedExports(getDb(), recorded);
}

/** Queues the record of an export first (so it survives being offline), then tries to send it. */
export async function recordExport(token: string, entry: Omit<ExportAudit, 'id' | 'at'>): Promise<void> {
  await queueExport(getDb(), { ...entry, id: crypto.randomUUID(), at: new Date().toISOString() });
  await flushExportAudit(token).catch(() => undefined);
}
