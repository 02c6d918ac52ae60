import type { FieldStamp } from '../../src/domain/merge.ts';

// How the SQLite store keeps a record's per-field stamps: each distinct stamp once, with the fields it covers.
// Every field of a new record, and every field one edit changed, share one stamp, so a case's 40 fields take a
// few stamps instead of 40 copies of the same one — half the row, and less to parse, write and log per push.
// Rows written before this keep the plain `{field: stamp}` object, which reads the same.

/** One stamp and the fields it covers. */
type StampGroup = [FieldStamp, string[]];

/** The stored text of `stamps`; fields holding the same stamp object are listed together. */
export function encodeStamps(stamps: Readonly<Record<string, FieldStamp>>): string {
  const groups = new Map<FieldStamp, string[]>();
  for (const field in stamps) {
    const stamp = stamps[field]!;
    const fields = groups.get(stamp);
    if (fields) fields.push(field);
    else groups.set(stamp, [field]);
  }
  return JSON.stringify([...groups]);
}

/** The stamps stored as `text`, in either form; fields of one group share one stamp object. */
export function decodeStamps(text: string): Record<string, FieldStamp> {
  const stored = JSON.parse(text) as StampGroup[] | Record<string, FieldStamp>;
  if (!Array.isArray(stored)) return stored;
  const stamps: Record<string, FieldStamp> = {};
  for (const [stamp, fields] of stored) for (const field of fields) stamps[field] = stamp;
  return stamps;
}
