const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `tsunagu-backup-YYYYMMDD-HHMM.json` in the tablet's local time, the time the screen shows beside it (UTC put a
 * backup made at 21:24 in Japan under 1224).
 */
export function backupFileName(createdAt: string): string {
  const at = new Date(createdAt);
  const date = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  return `tsunagu-backup-${date}-${pad(at.getHours())}${pad(at.getMinutes())}.json`;
}
