// RFC 4180 CSV as Excel writes it: quoted fields may hold commas, quotes ("") and line breaks.

export type CsvRow = {
  /** 1-based line in the file where the row starts (the header is line 1), as a spreadsheet user counts. */
  line: number;
  cells: string[];
};

export type CsvParseResult = { rows: CsvRow[]; error: { line: number; reason: string } | null };

/** Splits CSV text into rows, remembering the line each row starts on; blank lines are skipped. */
export function parseCsv(text: string): CsvParseResult {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  let inQuotes = false;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]!.trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') inQuotes = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') (inQuotes = true), (quoteLine = line);
    else if (ch === ',') cells.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (inQuotes) return { rows, error: { line: quoteLine, reason: '閉じられていない引用符（"）があります' } };
  if (cell !== '' || cells.length > 0) endRow();
  return { rows, error: null };
}

// Spreadsheet formula injection: a cell starting with these runs as a formula when the file is opened.
const FORMULA_START = /^[=+@]/;

function quoteCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Formats rows as CSV with CRLF line ends, as Excel expects. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCell).join(',')).join('\r\n') + '\r\n';
}

/** Undoes the formula guard of formatCsv on import. */
export const unguardCell = (value: string) => (/^'[=+@]/.test(value) ? value.slice(1) : value);
