import type { ChainedAuditRow } from './audit-chain.ts';

const HEADER = ['seq', 'at', 'userId', 'action', 'collection', 'recordId', 'detail', 'hash'] as const;

/** One CSV field: quoted when needed, and a leading = + - @ neutralised so a spreadsheet never runs it. */
function field(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a UTF-8 BOM (Excel in Japan opens it as UTF-8), CRLF line ends. */
export function toAuditCsv(rows: readonly ChainedAuditRow[]): string {
  const lines = [HEADER.join(','), ...rows.map((row) => HEADER.map((key) => field(row[key])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
