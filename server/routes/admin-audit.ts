import type { Context, Hono } from 'hono';
import { AuditQuerySchema, type AuditList } from '../../src/schema/admin.ts';
import { verifyAuditChain } from '../audit/audit-chain.ts';
import { toAuditCsv } from '../audit/audit-csv.ts';
import { parseOrFail } from '../http/api-error.ts';
import type { AppEnv } from '../http/require-user.ts';
import type { AuditQuery } from '../store/access-store.ts';
import type { Store } from '../store/store.ts';

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00+09:00`) + 86_400_000).toISOString();

/** Filters from the query string; dates are Japanese calendar days. */
function readQuery(c: Context<AppEnv>): AuditQuery {
  // Empty fields of the viewer's form mean "any".
  const given = [...new URL(c.req.url).searchParams].filter(([, value]) => value !== '');
  const q = parseOrFail(AuditQuerySchema, Object.fromEntries(given));
  return {
    userId: q.userId, action: q.action, recordId: q.recordId, limit: q.limit,
    from: q.from ? new Date(Date.parse(`${q.from}T00:00:00+09:00`)).toISOString() : undefined,
    to: q.to ? nextDay(q.to) : undefined,
  };
}

/**
 * GET /api/admin/audit (newest first, with the whole chain's verdict), GET /api/admin/audit.csv (the same
 * filters as CSV; the export is itself audited). Behind the admin guard of admin.ts.
 */
export function addAdminAuditRoutes(app: Hono<AppEnv>, store: Store, now: () => Date): void {
  const record = (c: Context<AppEnv>, action: string, query: AuditQuery, count: number) =>
    store.appendAudit({
      at: now().toISOString(), userId: c.get('user').id, action, collection: 'audit_log', recordId: null,
      detail: JSON.stringify({ ...query, count }),
    });

  app.get('/api/admin/audit', async (c) => {
    const query = readQuery(c);
    const rows = await store.access.listAuditRows(query);
    const chain = verifyAuditChain(await store.access.readAuditChain());
    await record(c, 'audit-view', query, rows.length);
    const entries = rows.map(({ prevHash: _p, ...row }) => row);
    return c.json({ entries, chain } satisfies AuditList);
  });

  app.get('/api/admin/audit.csv', async (c) => {
    const query = readQuery(c);
    const rows = await store.access.listAuditRows(query);
    await record(c, 'audit-export', query, rows.length);
    c.header('Content-Disposition', `attachment; filename="tsunagu-audit-${now().toISOString().slice(0, 10)}.csv"`);
    return c.body(toAuditCsv(rows), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });
}
