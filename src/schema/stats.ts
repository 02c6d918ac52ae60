import * as z from 'zod';

// Published statistics (counts only, small cells suppressed) as they cross a boundary: the stats worker's
// answer, GET /api/stats, and the audit record of a client-side export.

export const STATS_FIGURE_IDS = [
  'careItems', 'ageBands', 'living', 'scoreBands', 'electricity', 'school', 'consultation', 'transition',
  'evacuation', 'consents', 'unmetNeeds', 'visitsByMonth',
] as const;

/** A count, '<3' (1 or 2, hidden) or 'x' (hidden so a '<3' cannot be worked out from a total). */
export const PublishedCellSchema = z.union([z.int().min(0), z.literal('<3'), z.literal('x')]);

export const PublishedTableSchema = z.object({
  rows: z.array(z.string()),
  columns: z.array(z.string()),
  cells: z.array(z.array(PublishedCellSchema)),
  rowTotals: z.array(PublishedCellSchema),
  columnTotals: z.array(PublishedCellSchema),
  total: PublishedCellSchema,
  exclusiveColumns: z.boolean(),
  unit: z.enum(['children', 'visits']),
});

export const PublishedReportSchema = z.object({
  asOf: z.iso.date(),
  municipalities: z.array(z.string()),
  counted: PublishedCellSchema,
  excludedAdults: PublishedCellSchema,
  figures: z.record(z.enum(STATS_FIGURE_IDS), PublishedTableSchema),
});

/** The dashboard's data: the report, the names of its municipalities, and where it was computed. */
export const StatsPayloadSchema = z.object({
  report: PublishedReportSchema,
  names: z.record(z.string(), z.string()),
  source: z.enum(['device', 'server']),
  /** The same figures unsuppressed: only from the coordinator's own tablet, only for their screen. */
  exact: PublishedReportSchema.optional(),
});
export type StatsPayload = z.infer<typeof StatsPayloadSchema>;

export const EXPORT_KINDS = ['stats-csv-utf8', 'stats-csv-sjis', 'stats-print', 'device-backup'] as const;

/** POST /api/audit/export: one client-side export, queued on the device while offline. */
export const ExportAuditSchema = z.object({
  /** Made on the device; a replay after a lost answer is recognisable by it. */
  id: z.uuid(),
  kind: z.enum(EXPORT_KINDS),
  /** When the export was made (device clock), not when the record reached the server. */
  at: z.iso.datetime({ offset: true }),
  asOf: z.iso.date(),
  source: z.enum(['device', 'server']),
  municipalities: z.array(z.string().regex(/^\d{6}$/)).max(2000),
});
export type ExportAudit = z.infer<typeof ExportAuditSchema>;
