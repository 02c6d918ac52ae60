import type { Hono } from 'hono';
import * as z from 'zod';
import { buildPublishedStats } from '../../src/domain/stats-dashboard.ts';
import { ExportAuditSchema, type StatsPayload } from '../../src/schema/stats.ts';
import { ApiFailure, parseJsonBody } from '../http/api-error.ts';
import { requireUser, type AppEnv } from '../http/require-user.ts';
import type { Store } from '../store/store.ts';
import { isAdminArea, toJapanDate } from '../sync/scope.ts';

const ExportAuditBatchSchema = z.object({ entries: z.array(ExportAuditSchema).min(1).max(100) });

/**
 * GET /api/stats: published aggregates (small cells suppressed) over the user's areas, for supervisors and
 * administrators; a coordinator computes the same figures on the tablet and gets 403 here.
 * POST /api/audit/export: the audit record of exports made on a device (CSV, print), queued while offline.
 */
export function addStatsRoutes(app: Hono<AppEnv>, store: Store, now: () => Date): void {
  app.use('/api/stats', requireUser(store, now));
  app.use('/api/audit/*', requireUser(store, now));

  app.get('/api/stats', async (c) => {
    const user = c.get('user');
    if (user.role === 'coordinator') {
      throw new ApiFailure(403, 'forbidden', '統計は担当地域の端末で集計します（サーバーの集計は監督者・管理者のみ）');
    }
    const at = now();
    const asOf = toJapanDate(at);
    const records = await store.listStatsRecords(isAdminArea(user) ? null : user.areas);
    const report = buildPublishedStats({ ...records, asOf });
    await store.appendAudit({
      at: at.toISOString(), userId: user.id, action: 'stats-view', collection: null, recordId: null,
      detail: JSON.stringify({ asOf, municipalities: report.municipalities }),
    });
    // Names are the client's reference data (municipalities.ts); the server sends codes only.
    return c.json({ report, names: {}, source: 'server' } satisfies StatsPayload);
  });

  app.post('/api/audit/export', async (c) => {
    const user = c.get('user');
    const { entries } = await parseJsonBody(c, ExportAuditBatchSchema);
    const at = now().toISOString();
    // At least once: a batch resent after a lost answer is recorded again, recognisable by its export id.
    for (const entry of entries) {
      const { id, ...detail } = entry;
      await store.appendAudit({ at, userId: user.id, action: 'export', collection: null, recordId: id, detail: JSON.stringify(detail) });
    }
    return c.json({ recorded: entries.map((entry) => entry.id) });
  });
}
