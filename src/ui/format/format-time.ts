const pad = (n: number) => String(n).padStart(2, '0');

/** `HH:MM` for today, `M/D HH:MM` for an earlier day (local time); '' when the input is no date. */
export function formatSyncTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  const isToday = date.toDateString() === now.toDateString();
  return isToday ? time : `${date.getMonth() + 1}/${date.getDate()} ${time}`;
}

/** Reads a hybrid logical clock stamp (`<ms>:<counter>:<node>`) or an ISO time as a Date. */
export function parseStamp(stamp: string): Date | null {
  const hlc = /^(\d{13}):/.exec(stamp);
  const date = hlc ? new Date(Number(hlc[1])) : new Date(stamp);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * `YYYY/MM/DD HH:MM` local time, for who-changed-what displays; `withSeconds` for a conflict's two sides, often
 * seconds apart (minutes alone showed both at 19:47 with no way to tell which came later).
 */
export function formatStamp(stamp: string, withSeconds = false): string {
  const date = parseStamp(stamp);
  if (!date) return stamp;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}${withSeconds ? `:${pad(date.getSeconds())}` : ''}`;
  return `${date.getFullYear()}/${pad(date.getMonth() + 1)}/${pad(date.getDate())} ${time}`;
}
