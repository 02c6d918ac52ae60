import { describe, expect, it } from 'vitest';
import { dropQueuedExports, listQueuedExports, queueExport } from '../../../src/db/export-audit-queue.ts';
import type { ExportAudit } from '../../../src/schema/stats.ts';

const entry = (kind: ExportAudit['kind']): ExportAudit => ({
  id: crypto.randomUUID(), kind, at: '2026-05-10T10:00:00.000+09:00', asOf: '2026-05-10', source: 'device', municipalities: ['142018'],
});

describe('export audit queue', () => {
  it('keeps exports until the server has them, including ones queued meanwhile', async () => {
    const owner = { name: `test-${crypto.randomUUID()}` };
    const [csv, print, later] = [entry('stats-csv-sjis'), entry('stats-print'), entry('stats-csv-utf8')];
    await Promise.all([queueExport(owner, csv), queueExport(owner, print)]);
    expect((await listQueuedExports(owner)).map((e) => e.id).sort()).toEqual([csv.id, print.id].sort());
    await queueExport(owner, later);
    await dropQueuedExports(owner, [csv.id, print.id]);
    expect(await listQueuedExports(owner)).toEqual([later]);
  });

  it('keeps each database\'s queue apart', async () => {
    const [a, b] = [{ name: `test-${crypto.randomUUID()}` }, { name: `test-${crypto.randomUUID()}` }];
    await queueExport(a, entry('stats-print'));
    expect(await listQueuedExports(b)).toEqual([]);
  });
});
