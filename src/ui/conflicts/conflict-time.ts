import { parseStamp } from '../format/format-time.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `YYYY/MM/DD HH:MM:SS` local time: two edits of one field are often seconds apart, and minutes alone showed
 * both sides at 19:47 with no way to tell which came later.
 */
export function formatConflictTime(stamp: string): string {
  const date = parseStamp(stamp);
  if (!date) return stamp;
  const day = `${date.getFullYear()}/${pad(date.getMonth() + 1)}/${pad(date.getDate())}`;
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
