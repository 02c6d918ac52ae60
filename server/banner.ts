import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-users.ts';

/** The start-up banner: where to open the app and, with demo data, how to sign in. No personal data. */
export function formatBanner(info: {
  url: string;
  databasePath: string | null;
  /** Which store, e.g. `SQLite data/tsunagu.sqlite` or `PostgreSQL db.example:5432/tsunagu`. */
  storeLabel?: string;
  hasDemo: boolean;
  seeded: boolean;
}): string {
  const lines = [
    '',
    `  つなぐ Tsunagu server  ${info.url}`,
    `  database: ${info.storeLabel ?? info.databasePath ?? '(external store)'}`,
  ];
  if (info.hasDemo) {
    lines.push('', info.seeded ? '  Demo data seeded (synthetic, fictitious). Demo accounts:' : '  Demo accounts:', '');
    const rows = DEMO_ACCOUNTS.map((a) => [a.username, a.role, a.areaLabel, DEMO_PASSWORD]);
    const table = [['username', 'role', 'area', 'password'], ...rows];
    const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => displayWidth(row[col]!))));
    for (const row of table) lines.push(`    ${row.map((cell, col) => pad(cell, widths[col]!)).join('  ')}`);
  }
  lines.push('');
  return lines.join('\n');
}

/** Full-width characters take two columns in a terminal. */
function displayWidth(text: string): number {
  return [...text].reduce((width, char) => width + (char.charCodeAt(0) > 0xff ? 2 : 1), 0);
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
